package org.centralita.runtime.engine;

import org.centralita.runtime.channel.Handoff;

/** How one running flow (the main flow or a subflow) stopped. */
sealed interface FrameResult {

    /** The call is over. */
    record Ended(CallOutcome outcome, Handoff handoff, String message) implements FrameResult {
    }

    /** A subflow returned an outcome to its caller. */
    record Returned(String outcome) implements FrameResult {
    }

    /** A subflow failed with no error path of its own: the calling node fails. */
    record Failed(String message) implements FrameResult {
    }
}
