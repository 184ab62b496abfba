package org.centralita.runtime.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.SimulatedCall;

/** Checks how every call of a phase ended and gathers the phase's measurements. */
final class PhaseChecker {
    private static final int FAILURES_KEPT = 5;

    private final Contender contender;
    private final int calls;
    private final int rounds;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> handoffs = new TreeMap<>();
    private int failed;

    PhaseChecker(Contender contender, int calls, int rounds) {
        this.contender = contender;
        this.calls = calls;
        this.rounds = rounds;
    }

    PhaseResult result(List<LoadPhase.PlacedCall> placed, ServerWork.Usage usage, LoadPhase.Snapshot before,
                       LoadPhase.Snapshot after, DoubleSummaryStatistics load) throws InterruptedException {
        long commands = 0;
        long[] setups = new long[placed.size()];
        int setupCount = 0;
        for (LoadPhase.PlacedCall call : placed) {
            check(call);
            commands += call.gaps().commands();
            if (call.gaps().setupNanos() >= 0) {
                setups[setupCount++] = call.gaps().setupNanos();
            }
        }
        failed += calls - placed.size();
        ServerWork work = contender.work();
        return new PhaseResult(contender.name(), calls, failed, List.copyOf(failures), Map.copyOf(handoffs),
                work.peak(), work.allHeldFor(), rounds, commands, Latencies.of(LoadPhase.gapsOf(placed)),
                Latencies.of(List.of(java.util.Arrays.copyOf(setups, setupCount))), usage, after.processCpuNanos() - before.processCpuNanos(),
                after.gcMillis() - before.gcMillis(), Duration.ofNanos(after.nanos() - before.nanos()),
                load.getMin(), load.getMax());
    }

    private void check(LoadPhase.PlacedCall placed) throws InterruptedException {
        SimulatedCall call = placed.call();
        if (call.isFinished()) {
            handoffs.merge(call.variables().getOrDefault("CENTRALITA_QUEUE", "(none)"), 1, Integer::sum);
        }
        String problem = problem(call, placed.index(), rounds);
        if (problem != null) {
            fail(placed, problem);
        }
    }

    /** Why call {@code index} did not end as the dialogue expects, or null when it did. */
    static String problem(SimulatedCall call, int index, int rounds) throws InterruptedException {
        if (!call.isFinished()) {
            return "still running at the deadline";
        }
        AgiStatus status = status(call);
        Map<String, String> variables = call.variables();
        if (status != AgiStatus.SUCCESS) {
            return "AGISTATUS=" + status + ", CENTRALITA_STATUS=" + variables.get("CENTRALITA_STATUS");
        }
        Map<String, String> expected = new TreeMap<>(BenchDialogue.expectedVariables(index, rounds));
        expected.put("CENTRALITA_CALL_ID", call.uniqueId());
        for (Map.Entry<String, String> variable : expected.entrySet()) {
            if (!variable.getValue().equals(variables.get(variable.getKey()))) {
                return variable.getKey() + "=" + variables.get(variable.getKey()) + ", expected " + variable.getValue();
            }
        }
        return null;
    }

    private static AgiStatus status(SimulatedCall call) throws InterruptedException {
        try {
            return call.awaitStatus(Duration.ZERO);
        } catch (java.util.concurrent.TimeoutException e) {
            return null;
        }
    }

    private void fail(LoadPhase.PlacedCall call, String why) {
        failed++;
        if (failures.size() < FAILURES_KEPT) {
            failures.add("call " + call.index() + " (" + call.call().uniqueId() + "): " + why);
        }
    }
}
