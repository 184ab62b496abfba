package org.centralita.runtime.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Several rounds of the whole-process benchmark, both server processes up across them and the
 * order of their measured loads alternating from round to round (or both loads at the same time),
 * so that one phase disturbed by the machine's other work does not make the figure: the median of
 * the rounds' CPU ratios is the figure to read.
 */
record ProcessRounds(List<ProcessReport> rounds, List<String> firsts) {

    /** The "first" of a round whose two loads ran at the same time ({@code --together}). */
    static final String TOGETHER = "both at once";

    /** Thread groups by name (digits as N, Linux's 15 characters): the JIT's compiler threads. */
    static final Predicate<String> JIT = name -> name.contains("CompilerThre");
    /** The threads that serve the calls: Centralita's AGI pool, Asterisk-Java's pool. */
    static final Predicate<String> CALL_THREADS = name -> name.startsWith("agi-call-") || name.startsWith("AJ DaemonPool");
    /** The records store: its writer and spooler, H2's serialization, save and MVStore background threads. */
    static final Predicate<String> RECORDS = name -> name.startsWith("records-") || name.startsWith("HN-")
            || name.startsWith("MVStore");
    /** The collector: G1's threads and the VM thread (where safepoint operations and a serial collector run). */
    static final Predicate<String> GC = name -> name.startsWith("GC Thread") || name.startsWith("GN ")
            || name.equals("VM Thread");

    ProcessRounds {
        rounds = List.copyOf(rounds);
        firsts = List.copyOf(firsts);
    }

    /** The last round, whose full table is printed. */
    ProcessReport last() {
        return rounds.get(rounds.size() - 1);
    }

    boolean anyFailed() {
        return rounds.stream().anyMatch(ProcessReport::anyFailed);
    }

    /** The median of the rounds' CPU ratios (the mean of the middle two for an even count). */
    double medianCpuRatio() {
        return BenchRounds.median(rounds.stream().mapToDouble(ProcessReport::cpuRatio));
    }

    /**
     * One row a round: which server went first (or both at once), each one's CPU per call, their ratio, Centralita's
     * JIT / call threads / records / GC and the hand-written script's call threads per call, the
     * machine's load average during each, each server's calls that ended as expected and
     * Centralita's records written (so far) over those asked for; then the median ratio.
     */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("| round | first | CPU per call (ms), Centralita / hand-written | CPU ratio "
                + "| Centralita: JIT / call threads / records / GC (ms per call) | hand-written call threads (ms per call) "
                + "| load during phases, Centralita / hand-written | calls as expected, records written |");
        lines.add("|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < rounds.size(); i++) {
            ProcessReport round = rounds.get(i);
            ProcessBench.Phase c = round.centralita();
            ProcessBench.Phase h = round.handWritten();
            lines.add(String.format(Locale.ROOT, "| %d | %s | %.2f / %.2f | %.2f | %.2f / %.2f / %.2f / %.2f | %.2f "
                            + "| %.1f-%.1f / %.1f-%.1f | %d / %d, %d / %d, %d / %d |",
                    i + 1, firsts.get(i), c.cpuMillisPerCall(),
                    h.cpuMillisPerCall(), round.cpuRatio(), perCall(c, JIT), perCall(c, CALL_THREADS),
                    perCall(c, RECORDS), perCall(c, GC), perCall(h, CALL_THREADS), c.loadMin(), c.loadMax(),
                    h.loadMin(), h.loadMax(), c.calls() - c.failed(), c.calls(), h.calls() - h.failed(), h.calls(),
                    c.recordsWritten(), c.recordsExpected()));
        }
        lines.add(String.format(Locale.ROOT, "median CPU ratio over %d rounds: %.2f", rounds.size(), medianCpuRatio()));
        return lines;
    }

    /** The CPU per call, in ms, of a phase's threads whose names {@code group} takes. */
    static double perCall(ProcessBench.Phase phase, Predicate<String> group) {
        long nanos = 0;
        for (Map.Entry<String, Long> thread : phase.threadCpu().entrySet()) {
            if (group.test(thread.getKey())) {
                nanos += thread.getValue();
            }
        }
        return nanos / 1e6 / phase.calls();
    }
}
