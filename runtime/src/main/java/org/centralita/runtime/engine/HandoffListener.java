package org.centralita.runtime.engine;

/**
 * Told of every queue hand-off (the CRM screen pop listens here), in time for the agent: right
 * after the channel delivered it when the PBX connects the call after the session (queue-mode
 * dialplan), or just before the hand-off when the channel connects the caller itself (queue-mode
 * agi, {@code CallChannel.connectsItself()}), whatever the queue then does (an overflow is not
 * taken back). Called on the call's thread: it must return at once and do its work elsewhere;
 * whatever it throws is logged and never changes the call.
 */
@FunctionalInterface
public interface HandoffListener {

    /** Listens to nothing. */
    HandoffListener NONE = handoff -> { };

    /** The call was handed (or is about to be handed) to {@code handoff.queue()}. */
    void queued(QueueHandoff handoff);
}
