package org.centralita.runtime.store;

import java.time.Instant;

/**
 * One published version of a flow (its content is read separately: {@link FlowVersions#content}).
 *
 * @param flowId the flow's id
 * @param version 1 for the first publication, then one more each time
 * @param contentHash SHA-256 of the content ({@link FlowBundle#hash()})
 * @param publishedAt when it was published
 * @param publishedBy who published it (user or token name)
 * @param active whether runtimes serve this version to new calls
 */
public record FlowVersion(String flowId, int version, String contentHash, Instant publishedAt,
                          String publishedBy, boolean active) {
}
