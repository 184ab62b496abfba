package org.centralita.runtime.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.centralita.runtime.admin.LiveCall;
import org.centralita.runtime.admin.RuntimeMetrics;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.engine.CallEnd;
import org.centralita.runtime.store.CallEventRecord;
import org.centralita.runtime.store.CallRecord;
import org.centralita.runtime.trace.JsonLinesTraceSink;
import org.centralita.runtime.trace.TraceEvent;
import org.centralita.runtime.trace.TraceSink;

/**
 * The trace sink of one served call: follows the call on {@code GET /calls} (the node it
 * entered), counts node errors, and keeps the events (already masked by the engine) for the
 * call's record. Used by the call's own thread only, except {@link #events}: the records writer's
 * thread asks for them once the call has ended and nothing more is added.
 */
final class CallRecording implements TraceSink {

    private final LiveCall live;
    private final RuntimeMetrics metrics;
    /** A call's record holds about a hundred events. */
    private final List<TraceEvent> events = new ArrayList<>(128);

    CallRecording(LiveCall live, RuntimeMetrics metrics) {
        this.live = live;
        this.metrics = metrics;
    }

    @Override
    public void accept(TraceEvent event) {
        events.add(event);
        if (event.event().equals("enter")) {
            live.at(event.node());
        } else if (event.event().equals("error")) {
            metrics.nodeError(live.flowId(), Objects.requireNonNullElse(event.node(), "(call)"));
        }
    }

    /**
     * Ends the trace of a call the engine could not finish (it wrote no {@code end}): the failure
     * as an {@code error} event, then the {@code end} every trace has, so the stored trace is whole.
     */
    void failed(CallEnd end) {
        long t = end.duration().toMillis();
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", end.message());
        accept(new TraceEvent("error", t, end.node(), error));
        Map<String, Object> ended = new LinkedHashMap<>();
        ended.put("outcome", end.outcome().traceName());
        ended.put("duration_ms", t);
        accept(new TraceEvent("end", t, null, ended));
    }

    /** The last node entered, or null. */
    String lastNode() {
        return live.node();
    }

    /** The call's summary row. */
    CallRecord record(CallInfo info, String runtimeNode, Instant startedAt, Instant endedAt, CallEnd end) {
        String queue = end.handoff() instanceof Handoff.Queue q ? q.queue() : null;
        String lastNode = end.node() != null ? end.node() : live.node();
        return new CallRecord(info.id(), live.flowId(), live.version(), runtimeNode, info.ani(), info.dnis(),
                language(), startedAt, endedAt, end.duration().toMillis(), end.outcome().traceName(), queue,
                lastNode, end.message());
    }

    /** The trace, one row per event, as the contract's JSON lines. */
    List<CallEventRecord> events() {
        List<CallEventRecord> rows = new ArrayList<>(events.size());
        List<String> json = JsonLinesTraceSink.toJson(events);
        for (int seq = 0; seq < events.size(); seq++) {
            TraceEvent event = events.get(seq);
            rows.add(new CallEventRecord(seq, event.t(), event.event(), event.node(), json.get(seq)));
        }
        return rows;
    }

    private String language() {
        return events.stream().filter(e -> e.event().equals("start")).findFirst()
                .map(e -> (String) e.get("language")).orElse(null);
    }
}
