package org.centralita.runtime.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The results of one benchmark run, side by side: Centralita, the hand-written script, and
 * Centralita's cost relative to it; printed as a Markdown table.
 */
record BenchReport(String machine, String command, PhaseResult centralita, PhaseResult handWritten) {

    boolean anyFailed() {
        return centralita.failed() > 0 || handWritten.failed() > 0;
    }

    /** Centralita's server CPU per call over the hand-written script's. */
    double cpuRatio() {
        return centralita.cpuMillisPerCall() / handWritten.cpuMillisPerCall();
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("| | " + centralita.name() + " | " + handWritten.name() + " | Centralita vs hand-written |");
        lines.add("|---|---|---|---|");
        row(lines, "calls ended as expected / placed", p -> (p.calls() - p.failed()) + " / " + p.calls(), "");
        row(lines, "peak calls held at once", p -> Integer.toString(p.peakHeld()), "");
        row(lines, "all calls held at once for", p -> p.allHeld() ? seconds(p.allHeldFor().toMillis()) : "never",
                "");
        row(lines, "AGI commands per call", p -> fixed(1, p.commands() / (double) p.calls()), "");
        latencyRows(lines);
        row(lines, "server CPU per call", p -> fixed(2, p.cpuMillisPerCall()) + " ms", fixed(2, cpuRatio()) + " x");
        row(lines, "server allocations per call", p -> fixed(0, p.allocatedKbPerCall()) + " KB",
                fixed(2, centralita.allocatedKbPerCall() / handWritten.allocatedKbPerCall()) + " x");
        row(lines, "whole JVM CPU in the phase (simulator, GC, JIT too)",
                p -> seconds(p.processCpuNanos() / 1_000_000), "");
        row(lines, "GC time in the phase", p -> p.gcMillis() + " ms", "");
        row(lines, "phase wall time", p -> seconds(p.wall().toMillis()), "");
        row(lines, "machine load average (1 min) during the phase", p -> fixed(1, p.loadMin()) + " - "
                + fixed(1, p.loadMax()), "");
        return lines;
    }

    private void latencyRows(List<String> lines) {
        row(lines, "think time per command, p50", p -> millis(p.thinkTime().p50()),
                delta(centralita.thinkTime().p50() - handWritten.thinkTime().p50()));
        row(lines, "think time per command, p99", p -> millis(p.thinkTime().p99()),
                delta(centralita.thinkTime().p99() - handWritten.thinkTime().p99()));
        row(lines, "think time per command, p99.9", p -> millis(p.thinkTime().p999()),
                delta(centralita.thinkTime().p999() - handWritten.thinkTime().p999()));
        row(lines, "think time per command, max", p -> millis(p.thinkTime().max()), "");
        row(lines, "agi_* block to first command, p50 / p99",
                p -> millis(p.setup().p50()) + " / " + millis(p.setup().p99()), "");
    }

    private void row(List<String> lines, String what, Function<PhaseResult, String> value, String comparison) {
        lines.add("| " + what + " | " + value.apply(centralita) + " | " + value.apply(handWritten) + " | "
                + comparison + " |");
    }

    private static String millis(long nanos) {
        return fixed(3, nanos / 1e6) + " ms";
    }

    private static String delta(long nanos) {
        return (nanos >= 0 ? "+" : "") + millis(nanos);
    }

    private static String seconds(long millis) {
        return fixed(1, millis / 1000.0) + " s";
    }

    private static String fixed(int decimals, double value) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
