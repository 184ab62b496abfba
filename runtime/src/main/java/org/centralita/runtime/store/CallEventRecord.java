package org.centralita.runtime.store;

import java.util.Objects;

/**
 * One event of a call's trace, as its producer wrote it (sensitive values already {@code "***"}).
 *
 * @param seq the event's position in the call's trace, from 0; with the call id, its key
 * @param tMs milliseconds since the call started (the trace's {@code t})
 * @param event the trace event name ({@code start}, {@code enter}, {@code input}, ...)
 * @param node the node involved, or {@code null}
 * @param json the whole event as one line of JSON text, exactly as in the call trace
 */
public record CallEventRecord(int seq, long tMs, String event, String node, String json) {

    public CallEventRecord {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(json, "json");
    }
}
