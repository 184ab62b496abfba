package org.centralita.runtime.channel;

/** How a hand-off went, as far as the flow is concerned. */
public enum HandoffResult {
    /** The call left the flow: the dialplan, the agent or the callee has it now. */
    DELIVERED,
    /** A queue timed out, was full or had no agents: the flow goes on at {@code overflow}. */
    OVERFLOW,
    /** A transfer target was busy. */
    BUSY,
    /** A transfer target did not answer in time. */
    NO_ANSWER,
    /** The hand-off could not be made. */
    FAILED
}
