package org.centralita.designer.runtime;

import java.util.List;

/**
 * A flow as the runtime serves it: its active version and the versions kept for rollback.
 *
 * @param id the flow id
 * @param active the version new calls get
 * @param versions the kept versions, oldest first
 */
public record DeployedFlow(String id, int active, List<Version> versions) {

    /**
     * One published version.
     *
     * @param publishedAt when it was published (ISO-8601, UTC)
     * @param publishedBy who published it
     */
    public record Version(int version, String publishedAt, String publishedBy) {
    }
}
