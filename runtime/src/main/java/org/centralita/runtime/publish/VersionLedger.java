package org.centralita.runtime.publish;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where version numbers come from when several runtimes serve the same published versions: a
 * shared store. A publish accepted by the repository saves its changed flows here, all in one
 * piece (the ledger gives the numbers), before serving them; a roll-back activates the version
 * here first.
 */
public interface VersionLedger {

    /**
     * Saves each changed flow of one publish as its next version and makes them all active
     * together, or none of them (then it throws and nothing changed anywhere). A flow whose
     * content equals its active version's keeps that version.
     *
     * @return each flow's active number after the publish, by flow id
     */
    Map<String, Integer> publish(List<Change> changes, String publishedBy);

    /** Makes a stored version the active one. */
    void activate(String flowId, int number);

    /** A stored version's content and who published it when, if the ledger has it. */
    Optional<Entry> version(String flowId, int number);

    /**
     * One flow of a publish.
     *
     * @param content the flow's file, its subflows' files and the bundle's other files
     * @param flowFile the flow's own file among {@code content}
     */
    record Change(String flowId, FlowBundle content, String flowFile) {
    }

    /** One stored version. */
    record Entry(String flowId, int number, FlowBundle content, Instant publishedAt, String publishedBy) {
    }
}
