package org.centralita.runtime.calls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.centralita.runtime.admin.LiveCall;
import org.centralita.runtime.admin.LiveCalls;
import org.centralita.runtime.admin.RuntimeMetrics;
import org.centralita.runtime.agi.CallHandler;
import org.centralita.runtime.agi.CallResult;
import org.centralita.runtime.channel.CallChannel;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.engine.CallEnd;
import org.centralita.runtime.engine.CallEngine;
import org.centralita.runtime.engine.CallOutcome;
import org.centralita.runtime.engine.CallSetup;
import org.centralita.runtime.publish.FlowRepository;
import org.centralita.runtime.publish.FlowVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Serves AGI calls with the engine: takes the flow's active version once at the call's start
 * (so a publish never changes a call in progress), follows the call on the live-calls list and
 * in the metrics, runs it, tells the dialplan how it ended, and hands the call's record and
 * masked trace to the records writer (which never blocks). Thread-safe: one handler serves
 * every call.
 *
 * <p>A callback ends as HANGUP for the dialplan: the request itself is in the call's record.
 * A caller hang-up is HANGUP too (the record says {@code caller-hangup}).
 */
public final class FlowCallHandler implements CallHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FlowCallHandler.class);
    /** The MDC key of the call id: the one the log pattern, the AGI script and the engine use. */
    static final String MDC_CALL_ID = "call";

    private final FlowRepository repository;
    private final CallEngine engine;
    private final LiveCalls liveCalls;
    private final RuntimeMetrics metrics;
    private final RecordSubmitter records;
    private final String runtimeNode;
    private final Clock clock;

    /**
     * @param runtimeNode this runtime's name in each call record (several runtimes share a store)
     * @param clock the calls' clock ({@code hours} nodes, record times)
     */
    public FlowCallHandler(FlowRepository repository, CallEngine engine, LiveCalls liveCalls,
                           RuntimeMetrics metrics, RecordSubmitter records, String runtimeNode, Clock clock) {
        this.repository = repository;
        this.engine = engine;
        this.liveCalls = liveCalls;
        this.metrics = metrics;
        this.records = records;
        this.runtimeNode = runtimeNode;
        this.clock = clock;
    }

    @Override
    public CallResult handle(String flowId, CallChannel channel) {
        Optional<FlowVersion> version = repository.current(flowId);
        if (version.isEmpty()) {
            LOG.warn("no published flow '{}': CENTRALITA_STATUS=NOT_FOUND", flowId);
            return CallResult.notFound();
        }
        CallInfo info = channel.info();
        String previous = MDC.get(MDC_CALL_ID);
        MDC.put(MDC_CALL_ID, info.id());
        try {
            return serve(version.get(), channel, info);
        } finally {
            restore(previous);
        }
    }

    private CallResult serve(FlowVersion version, CallChannel channel, CallInfo info) {
        Instant startedAt = clock.instant();
        LiveCall live = liveCalls.begin(info.id(), version.flowId(), version.flow().version());
        CallRecording recording = new CallRecording(live, metrics);
        CallEnd end = null;
        try {
            end = engine.run(version.flow(), new CallbackKeeping(channel), CallSetup.defaults().withClock(clock)
                    .withTrace(recording));
            return resultOf(end);
        } catch (RuntimeException e) {
            MDC.put(MDC_CALL_ID, info.id());
            LOG.error("call on flow '{}' version {} failed", version.flowId(), version.number(), e);
            end = new CallEnd(CallOutcome.ERROR, null, recording.lastNode(),
                    Duration.between(startedAt, clock.instant()), "internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            recording.failed(end);
            return CallResult.error();
        } finally {
            // the engine clears the call id from the MDC when it returns
            MDC.put(MDC_CALL_ID, info.id());
            if (end == null) {
                end = new CallEnd(CallOutcome.ERROR, null, recording.lastNode(),
                        Duration.between(startedAt, clock.instant()), "the call's thread failed");
            }
            live.end(end.outcome().traceName());
            records.submit(recording.record(info, runtimeNode, startedAt, clock.instant(), end), recording::events);
        }
    }

    /** What the dialplan is told: the contract's CENTRALITA_STATUS and the hand-off's variables. */
    static CallResult resultOf(CallEnd end) {
        Handoff handoff = end.handoff();
        return switch (end.outcome()) {
            case QUEUE -> handoff instanceof Handoff.Queue queue ? CallResult.queue(queue) : CallResult.error();
            case TRANSFER -> handoff instanceof Handoff.Transfer transfer ? CallResult.transfer(transfer)
                    : CallResult.error();
            case VOICEMAIL -> handoff instanceof Handoff.Voicemail voicemail ? CallResult.voicemail(voicemail)
                    : CallResult.error();
            case HANGUP, CALLER_HANGUP, CALLBACK -> CallResult.hangup();
            case ERROR -> CallResult.error();
        };
    }

    private static void restore(String previous) {
        if (previous == null) {
            MDC.remove(MDC_CALL_ID);
        } else {
            MDC.put(MDC_CALL_ID, previous);
        }
    }
}
