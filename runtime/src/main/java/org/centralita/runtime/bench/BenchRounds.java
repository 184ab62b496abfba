package org.centralita.runtime.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Several rounds of the AGI benchmark, the order of the two phases alternating from round to
 * round, so that neither implementation always runs on the machine the other has just loaded.
 * The CPU ratio moves by about 0.05 between runs of the same code; the median of the rounds is
 * the figure to compare with 1.
 */
record BenchRounds(List<BenchReport> rounds, List<Boolean> handWrittenFirst) {

    BenchRounds {
        rounds = List.copyOf(rounds);
        handWrittenFirst = List.copyOf(handWrittenFirst);
    }

    /** The last round, whose full table is printed. */
    BenchReport last() {
        return rounds.get(rounds.size() - 1);
    }

    boolean anyFailed() {
        return rounds.stream().anyMatch(BenchReport::anyFailed);
    }

    /** The median of the rounds' CPU ratios (the mean of the middle two for an even count). */
    double medianCpuRatio() {
        return median(rounds.stream().mapToDouble(BenchReport::cpuRatio));
    }

    /** The median of some values (the mean of the middle two for an even count). */
    static double median(java.util.stream.DoubleStream values) {
        double[] sorted = values.sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * Whether the hand-written script goes first in round {@code round} (from 0) of {@code rounds}:
     * as asked in the first, alternating after; with more than one round, says so on {@code out}.
     */
    static boolean handWrittenFirst(int round, int rounds, boolean firstRound, java.io.PrintWriter out) {
        boolean handWrittenFirst = firstRound ^ round % 2 == 1;
        if (rounds > 1) {
            out.printf("round %d of %d: %s first%n", round + 1, rounds, handWrittenFirst ? "hand-written" : "Centralita");
            out.flush();
        }
        return handWrittenFirst;
    }

    /** One row a round (order, CPU per call of each, ratio, p99 added, load) and the median. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("| round | first | CPU per call (ms), Centralita / hand-written | CPU ratio "
                + "| think p99 added (ms) | load during phases |");
        lines.add("|---|---|---|---|---|---|");
        for (int i = 0; i < rounds.size(); i++) {
            BenchReport round = rounds.get(i);
            PhaseResult c = round.centralita();
            PhaseResult h = round.handWritten();
            lines.add(String.format(Locale.ROOT, "| %d | %s | %.2f / %.2f | %.2f | %+.3f | %.1f-%.1f / %.1f-%.1f |",
                    i + 1, handWrittenFirst.get(i) ? "hand-written" : "Centralita", c.cpuMillisPerCall(),
                    h.cpuMillisPerCall(), round.cpuRatio(), (c.thinkTime().p99() - h.thinkTime().p99()) / 1e6,
                    c.loadMin(), c.loadMax(), h.loadMin(), h.loadMax()));
        }
        lines.add(String.format(Locale.ROOT, "median CPU ratio over %d rounds: %.2f", rounds.size(), medianCpuRatio()));
        return lines;
    }
}
