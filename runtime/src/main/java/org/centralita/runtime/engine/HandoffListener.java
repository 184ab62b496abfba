package org.centralita.runtime.engine;

/**
 * Told of every queue hand-off the channel delivered (the CRM screen pop listens here). Called on
 * the call's thread right after the hand-off: it must return at once and do its work elsewhere;
 * whatever it throws is logged and never changes the call.
 */
@FunctionalInterface
public interface HandoffListener {

    /** Listens to nothing. */
    HandoffListener NONE = handoff -> { };

    /** The call was handed to {@code handoff.queue()}. */
    void queued(QueueHandoff handoff);
}
