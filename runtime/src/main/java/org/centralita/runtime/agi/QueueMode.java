package org.centralita.runtime.agi;

/** Who runs a queue hand-off. */
public enum QueueMode {
    /** The AGI session ends with the hand-off in channel variables; the dialplan runs Queue(). */
    DIALPLAN,
    /** The runtime runs {@code EXEC Queue} over AGI, so a time-out comes back as OVERFLOW. */
    AGI
}
