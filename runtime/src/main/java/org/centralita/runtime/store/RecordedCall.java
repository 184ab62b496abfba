package org.centralita.runtime.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call waiting to be written: its summary and its trace events (a line of the journal). The
 * events may be made when first asked for, by the thread that writes or journals the call (one at
 * a time: the call is handed from thread to thread through queues), instead of by the call's own
 * thread as it ends.
 */
final class RecordedCall {

    private static final Logger LOG = LoggerFactory.getLogger(RecordedCall.class);
    /** What a call's record keeps of a trace that could not be made: an error event saying so. */
    static final String UNMADE_TRACE = "{\"event\":\"error\",\"t\":0,\"message\":\"the call's trace could not be "
            + "written as JSON\"}";

    private final CallRecord call;
    private Supplier<List<CallEventRecord>> later;
    private List<CallEventRecord> events;

    /** A call with its events (also how a journal line is read back). */
    @JsonCreator
    RecordedCall(@JsonProperty("call") CallRecord call, @JsonProperty("events") List<CallEventRecord> events) {
        this.call = Objects.requireNonNull(call, "call");
        this.events = List.copyOf(events);
    }

    private RecordedCall(CallRecord call, Supplier<List<CallEventRecord>> later) {
        this.call = Objects.requireNonNull(call, "call");
        this.later = Objects.requireNonNull(later, "later");
    }

    /** A call whose events are made by {@code later} when first asked for, once. */
    static RecordedCall later(CallRecord call, Supplier<List<CallEventRecord>> later) {
        return new RecordedCall(call, later);
    }

    @JsonProperty("call")
    CallRecord call() {
        return call;
    }

    /**
     * The events, made now if they were left for later; a trace that cannot be made becomes one
     * {@code error} event (and a log line), never a record that can be neither written nor journaled.
     */
    @JsonProperty("events")
    synchronized List<CallEventRecord> events() {
        if (events == null) {
            try {
                events = List.copyOf(later.get());
            } catch (RuntimeException e) {
                LOG.error("call {}: its trace could not be written as JSON ({}); its record keeps an error event instead",
                        call.callId(), e.getClass().getSimpleName());
                events = List.of(new CallEventRecord(0, 0, "error", null, UNMADE_TRACE));
            }
            later = null;
        }
        return events;
    }

    /** Equal to another with the same record and events (made, if they were left for later). */
    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedCall that && call.equals(that.call) && events().equals(that.events());
    }

    @Override
    public int hashCode() {
        return Objects.hash(call, events());
    }

    @Override
    public String toString() {
        return "RecordedCall[" + call.callId() + "]";
    }
}
