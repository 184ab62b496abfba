package org.centralita.runtime.publish;

import java.time.Instant;
import java.util.Optional;

/**
 * Where version numbers come from when several runtimes serve the same published versions: a
 * shared store. A publish accepted by the repository saves each changed flow here (the ledger
 * gives the number) before serving it; a roll-back activates the version here first.
 */
public interface VersionLedger {

    /**
     * Saves the flow's content as its next version and makes it the active one; when it equals
     * the active version's content nothing changes and that version's number is returned.
     *
     * @param content the flow's file, its subflows' files and the bundle's other files
     */
    int publish(String flowId, FlowBundle content, String flowFile, String publishedBy);

    /** Makes a stored version the active one. */
    void activate(String flowId, int number);

    /** A stored version's content and who published it when, if the ledger has it. */
    Optional<Entry> version(String flowId, int number);

    /** One stored version. */
    record Entry(String flowId, int number, FlowBundle content, Instant publishedAt, String publishedBy) {
    }
}
