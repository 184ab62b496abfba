package org.centralita.runtime.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * Validates and compiles flows into executable flows: the check every publish passes before
 * anything it holds can serve a call, and the check `centralita publish` makes before uploading.
 */
@FunctionalInterface
public interface FlowBuilder {

    /**
     * Reads, validates and compiles every flow named (files, or directories of them) with the
     * calendars and rules of their flows directories; problems name the files as given.
     */
    BuildResult build(List<Path> paths);
}
