package org.centralita.runtime.engine;

/** How a call ended, as the trace's {@code end} event names it. */
public enum CallOutcome {
    QUEUE("queue"),
    TRANSFER("transfer"),
    VOICEMAIL("voicemail"),
    CALLBACK("callback"),
    HANGUP("hangup"),
    CALLER_HANGUP("caller-hangup"),
    ERROR("error");

    private final String traceName;

    CallOutcome(String traceName) {
        this.traceName = traceName;
    }

    /** The name the call trace uses. */
    public String traceName() {
        return traceName;
    }
}
