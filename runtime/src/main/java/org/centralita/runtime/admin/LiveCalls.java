package org.centralita.runtime.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The calls running now, for {@code GET /calls}, the active-calls gauge and the drain at
 * shutdown. The AGI call handler begins a {@link LiveCall} when a call arrives and ends it when
 * the flow is done.
 */
public final class LiveCalls {

    private final ConcurrentMap<String, LiveCall> calls = new ConcurrentHashMap<>();
    private final RuntimeMetrics metrics;
    private final Clock clock;

    public LiveCalls(RuntimeMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
        metrics.bindActiveCalls(calls::size);
    }

    /** A call began running {@code version} of {@code flowId}. */
    public LiveCall begin(String callId, String flowId, String version) {
        LiveCall call = new LiveCall(callId, flowId, version, clock.instant(), this);
        calls.put(callId, call);
        metrics.callStarted(flowId);
        return call;
    }

    void ended(LiveCall call, String outcome) {
        if (calls.remove(call.id(), call)) {
            metrics.callEnded(call.flowId(), outcome);
            synchronized (this) {
                notifyAll();
            }
        }
    }

    public Collection<LiveCall> list() {
        return List.copyOf(calls.values());
    }

    public int count() {
        return calls.size();
    }

    /**
     * Waits until no call is running or the deadline passes.
     *
     * @return true when every call ended in time
     */
    public synchronized boolean awaitDrained(Duration deadline) throws InterruptedException {
        Instant until = clock.instant().plus(deadline);
        while (!calls.isEmpty()) {
            long left = Duration.between(clock.instant(), until).toMillis();
            if (left <= 0) {
                return false;
            }
            wait(Math.min(left, 250));
        }
        return true;
    }
}
