package org.centralita.runtime.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The whole-process benchmark's results, side by side: each server process's CPU per call, and
 * Centralita's over the hand-written script's; printed as a Markdown table.
 */
record ProcessReport(String machine, String command, List<String> jvmOptions, int rounds, ProcessBench.Phase centralita,
                     ProcessBench.Phase handWritten) {
    private static final int THREAD_ROWS = 12;
    private static final double IDLE_SECONDS = ProcessBench.IDLE.toMillis() / 1000.0;

    /**
     * A call that did not end as expected, or a record not written. More records than calls is
     * no failure: the count is of records written or found already stored, and a call journaled
     * while the writer held it (the store slower than {@code store.spill-after}) is both.
     */
    boolean anyFailed() {
        return centralita.failed() > 0 || handWritten.failed() > 0
                || centralita.recordsWritten() < centralita.recordsExpected();
    }

    /** Centralita's whole-process CPU per call over the hand-written script's. */
    double cpuRatio() {
        return centralita.cpuMillisPerCall() / handWritten.cpuMillisPerCall();
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("command: " + command);
        lines.add("machine: " + machine);
        lines.add("server JVM options: " + (jvmOptions.isEmpty() ? "(none: the JVM's defaults)" : String.join(" ", jvmOptions)));
        lines.add("");
        lines.add("| | " + centralita.name() + " (serve: H2 records, metrics, AMI) | " + handWritten.name()
                + " | Centralita vs hand-written |");
        lines.add("|---|---|---|---|");
        row(lines, "calls ended as expected / placed", p -> (p.calls() - p.failed()) + " / " + p.calls(), "");
        row(lines, "call records written / expected", p -> p.recordsExpected() < 0 ? "-"
                : p.recordsWritten() + " / " + p.recordsExpected(), "");
        row(lines, "records writer in the window: calls written / transactions", p -> p.writerWork().transactions() <= 0 ? "-"
                : p.writerWork().calls() + " / " + p.writerWork().transactions() + " ("
                        + fixed(2, p.writerWork().calls() / (double) p.writerWork().transactions()) + " calls per transaction)", "");
        row(lines, "AGI commands per call", p -> fixed(1, p.commands() / (double) p.calls()), "");
        row(lines, "process CPU per call (user + system, all threads)", p -> fixed(2, p.cpuMillisPerCall()) + " ms",
                fixed(2, cpuRatio()) + " x");
        row(lines, "process CPU in the measured window, user / system",
                p -> seconds(p.after().userNanos() - p.before().userNanos()) + " / "
                        + seconds(p.after().systemNanos() - p.before().systemNanos()), "");
        row(lines, "measured window (first call placed to last call ended and recorded)",
                p -> seconds(p.measured().toNanos()), "");
        row(lines, "idle process CPU before the load", p -> fixed(1, p.idleCpuPerSecond() * 1000) + " ms/s", "");
        row(lines, "threads / resident memory at the end", p -> p.after().threads() + " / "
                + (p.after().residentBytes() >> 20) + " MB", "");
        row(lines, "machine load average (1 min) during the load", p -> fixed(1, p.loadMin()) + " - "
                + fixed(1, p.loadMax()), "");
        lines.add("");
        lines.add("news rounds per call: " + rounds);
        for (ProcessBench.Phase phase : List.of(centralita, handWritten)) {
            lines.add("");
            lines.add(phase.name() + ", CPU and runs on a CPU (about one a wake-up) per call by thread "
                    + "(the threads' names, digits as N):");
            phase.threadCpu().entrySet().stream().filter(e -> e.getValue() > 0).limit(THREAD_ROWS)
                    .forEach(e -> lines.add(String.format(Locale.ROOT, "  %-24s %8.3f ms %8.2f runs", e.getKey(),
                            e.getValue() / 1e6 / phase.calls(), phase.threadRuns().getOrDefault(e.getKey(), 0L)
                                    / (double) phase.calls())));
            lines.add(phase.name() + ", idle CPU and runs a second by thread before the load:");
            phase.idleThreadCpu().entrySet().stream().filter(e -> e.getValue() > 0).limit(THREAD_ROWS / 2)
                    .forEach(e -> lines.add(String.format(Locale.ROOT, "  %-24s %8.3f ms/s %6.1f runs/s", e.getKey(),
                            e.getValue() / 1e6 / IDLE_SECONDS, phase.idleThreadRuns().getOrDefault(e.getKey(), 0L)
                                    / (double) IDLE_SECONDS)));
        }
        for (ProcessBench.Phase phase : List.of(centralita, handWritten)) {
            phase.failures().forEach(f -> lines.add(phase.name() + " failed: " + f));
        }
        return lines;
    }

    private void row(List<String> lines, String what, Function<ProcessBench.Phase, String> value, String comparison) {
        lines.add("| " + what + " | " + value.apply(centralita) + " | " + value.apply(handWritten) + " | "
                + comparison + " |");
    }

    private static String seconds(long nanos) {
        return fixed(2, nanos / 1e9) + " s";
    }

    private static String fixed(int decimals, double value) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
