package org.centralita.runtime.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one implementation did under the load.
 *
 * @param name the implementation
 * @param calls calls placed
 * @param failed calls that did not end with the expected hand-off and AGISTATUS=SUCCESS
 * @param failures the first few reasons
 * @param handoffs calls per queue they were handed to
 * @param peakHeld most calls inside the server's script at once
 * @param allHeldFor how long all {@code calls} were held at the same time
 * @param rounds news rounds per call (how the call length was reached)
 * @param commands AGI commands the server sent, over all calls
 * @param thinkTime reply written to next command arrived, every command but each call's first
 * @param setup agi_* block written to first command arrived
 * @param server CPU and allocations of the server's threads
 * @param processCpuNanos CPU of the whole JVM during the phase (simulator, GC and JIT included)
 * @param gcMillis time the collectors reported during the phase
 * @param wall from the first call placed to the last ended
 * @param loadMin the lowest 1-minute load average of the machine seen during the phase
 * @param loadMax and the highest
 */
record PhaseResult(String name, int calls, int failed, List<String> failures, Map<String, Integer> handoffs,
                   int peakHeld, Duration allHeldFor, int rounds, long commands, Latencies thinkTime,
                   Latencies setup, ServerWork.Usage server, long processCpuNanos, long gcMillis, Duration wall,
                   double loadMin, double loadMax) {

    boolean allHeld() {
        return peakHeld == calls;
    }

    double cpuMillisPerCall() {
        return server.cpuNanos() / 1e6 / calls;
    }

    double allocatedKbPerCall() {
        return server.allocatedBytes() / 1024.0 / calls;
    }
}
