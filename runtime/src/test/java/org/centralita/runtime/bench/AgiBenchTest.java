package org.centralita.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.centralita.runtime.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AGI load benchmark at a small size and ten times real speed, so that it cannot rot: both
 * implementations hold every call at once and end each one with its queue hand-off. No timing
 * is asserted.
 */
class AgiBenchTest {
    private static final int CALLS = 50;

    @Test
    void shouldHoldEveryCallAndHandEachToItsQueueInBothImplementations() throws Exception {
        // given
        AgiLoadBench.Options options = new AgiLoadBench.Options(CALLS, Duration.ofSeconds(1), Duration.ofSeconds(1), 0,
                0.1, Duration.ofSeconds(1), false);

        // when
        BenchReport report = new AgiLoadBench(options, new PrintWriter(new StringWriter())).run("test");

        // then
        for (PhaseResult phase : new PhaseResult[] {report.centralita(), report.handWritten()}) {
            assertThat(phase.failures()).as(phase.name()).isEmpty();
            assertThat(phase.failed()).as(phase.name()).isZero();
            assertThat(phase.peakHeld()).as(phase.name()).isEqualTo(CALLS);
            assertThat(phase.handoffs()).as(phase.name()).isEqualTo(Map.of(
                    BenchDialogue.PRIORITY_QUEUE, CALLS / 2, BenchDialogue.STANDARD_QUEUE, CALLS / 2));
            assertThat(phase.thinkTime().count()).as(phase.name()).isEqualTo(phase.commands() - CALLS);
            assertThat(phase.server().cpuNanos()).as(phase.name()).isPositive();
        }
        assertThat(report.centralita().commands()).as("the same dialogue on the wire")
                .isEqualTo(report.handWritten().commands());
        assertThat(report.anyFailed()).isFalse();
    }

    @Test
    void shouldPrintTheResultsTableAndExitZeroWhenEveryCallEndsAsExpected(@TempDir Path dir) throws Exception {
        // given
        StringWriter out = new StringWriter();
        Path table = dir.resolve("results.md");

        // when
        int status = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "bench", "agi",
                "--calls", "10", "--ramp", "500ms", "--duration", "500ms", "--warmup", "0", "--progress", "1s",
                "--time-scale", "0.1", "--out", table.toString());

        // then
        assertThat(status).isZero();
        assertThat(out.toString()).contains("| | Centralita | hand-written Asterisk-Java |")
                .contains("| calls ended as expected / placed | 10 / 10 | 10 / 10 |");
        assertThat(Files.readString(table)).contains("| peak calls held at once | 10 | 10 |");
    }

    @Test
    void shouldAlternateThePhasesOrderFromRoundToRoundAndGiveTheMedianRatio() throws Exception {
        // given
        StringWriter out = new StringWriter();

        // when three rounds run, the hand-written script's phase first in the first
        int status = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "bench", "agi",
                "--calls", "10", "--ramp", "500ms", "--duration", "500ms", "--warmup", "0", "--progress", "1s",
                "--time-scale", "0.1", "--rounds", "3", "--hand-written-first");

        // then every round is listed with the phase that ran first, and the median of their ratios
        assertThat(status).isZero();
        List<String> rows = out.toString().lines().filter(line -> line.matches("\\| [0-9] \\|.*")).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("| 1 | hand-written |");
        assertThat(rows.get(1)).startsWith("| 2 | Centralita |");
        assertThat(rows.get(2)).startsWith("| 3 | hand-written |");
        List<Double> ratios = rows.stream().map(row -> Double.parseDouble(row.split("\\|")[4].strip())).sorted().toList();
        assertThat(out.toString()).contains(String.format(java.util.Locale.ROOT,
                "median CPU ratio over 3 rounds: %.2f", ratios.get(1)));
    }

    @Test
    void shouldRefuseZeroRounds() {
        // when
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench", "agi", "--rounds", "0");

        // then
        assertThat(status).isNotZero();
        assertThat(err.toString()).contains("--rounds must be positive");
    }
}
