package org.centralita.runtime.publish;

import java.nio.file.Path;

/**
 * Validates and compiles a flows directory into executable flows: the check every publish
 * passes before anything it holds can serve a call.
 */
@FunctionalInterface
public interface FlowBuilder {

    /** Reads, validates and compiles every flow below {@code flowsDirectory} with its calendars and rules. */
    BuildResult build(Path flowsDirectory);
}
