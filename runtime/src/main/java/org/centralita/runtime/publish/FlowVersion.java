package org.centralita.runtime.publish;

import java.time.Instant;
import org.centralita.flows.executable.ExecutableFlow;

/**
 * One published, immutable version of a flow: what a call takes at its start and keeps.
 *
 * @param number 1, 2, 3... per flow, in the order published
 * @param flow the compiled flow, its {@code version()} the same number as text
 * @param publishedBy who published it (the admin token's holder, the directory watch, ...)
 * @param contentHash SHA-256 of the flow file, its subflows' files and its bundle's other files
 */
public record FlowVersion(String flowId, int number, ExecutableFlow flow, Instant publishedAt,
                          String publishedBy, String contentHash) {
}
