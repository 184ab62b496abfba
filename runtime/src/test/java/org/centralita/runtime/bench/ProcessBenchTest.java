package org.centralita.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.centralita.runtime.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-process benchmark run small (a few calls, ten times real speed), so that it cannot
 * rot: both servers run in JVMs of their own, serve every call with its queue hand-off, Centralita
 * writes every call's record, and the report gives each process's CPU per call. No timing is
 * asserted.
 */
class ProcessBenchTest {
    private static final int CALLS = 6;

    @Test
    void shouldServeEveryCallFromBothServerProcessesAndReportEachProcesssCpuPerCall(@TempDir Path dir) throws Exception {
        // given
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path table = dir.resolve("results.md");

        // when
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "bench", "process",
                "--calls", Integer.toString(CALLS), "--warmup", "4", "--ramp", "500ms", "--duration", "500ms",
                "--settle", "0s", "--progress", "1s", "--time-scale", "0.1", "--dir", dir.resolve("servers").toString(),
                "--out", table.toString());

        // then every call was served by both processes as the dialogue expects, and every record written
        assertThat(status).as(out + "\n" + err).isZero();
        String report = Files.readString(table);
        assertThat(report).contains("| | Centralita (serve: H2 records, metrics, AMI) | hand-written Asterisk-Java |")
                .contains("| calls ended as expected / placed | 6 / 6 | 6 / 6 |  |")
                // the discovery call, the warm-up's 4, the warm-up load's 6 and the load's 6
                .contains("| call records written / expected | 17 / 17 | - |  |")
                // and how many transactions the records writer took for the load's calls
                .containsPattern("\\| records writer in the window: calls written / transactions \\| 6 / [1-6] "
                        + "\\([0-9.]+ calls per transaction\\) \\| - \\|");
        // and the same dialogue on the wire from both
        List<String> commands = rows(report, "AGI commands per call");
        assertThat(commands.get(1)).isEqualTo(commands.get(2)).isNotEqualTo("0.0");
        // and each process's CPU per call, and their ratio
        List<String> cpu = rows(report, "process CPU per call (user + system, all threads)");
        assertThat(cpu.get(1)).matches("[0-9]+\\.[0-9]{2} ms");
        assertThat(cpu.get(2)).matches("[0-9]+\\.[0-9]{2} ms");
        assertThat(cpu.get(3)).matches("([0-9]+\\.[0-9]{2}|Infinity|NaN) x");
        assertThat(cpu.get(1)).isNotEqualTo("0.00 ms");
        // and the servers were separate processes that ended when the benchmark did
        assertThat(dir.resolve("servers/centralita/centralita.out")).exists();
        assertThat(dir.resolve("servers/hand-written/hand-written-asterisk-java.out")).content()
                .contains(HandWrittenServerCommand.LISTENING);
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains(dir.toString()))).isEmpty();
    }

    @Test
    void shouldAlternateTheTwoServersOverRoundsAndGiveTheMedianRatio(@TempDir Path dir) throws Exception {
        // given
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path table = dir.resolve("results.md");

        // when three rounds after the warm-up calls, the hand-written script measured first in the first
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "bench", "process", "--rounds", "3",
                "--hand-written-first", "--calls", Integer.toString(CALLS), "--warmup", "4", "--warmup-loads", "0",
                "--ramp", "500ms", "--duration", "500ms", "--settle", "0s", "--progress", "1s", "--time-scale", "0.1",
                "--dir", dir.resolve("servers").toString(), "--out", table.toString());

        // then
        assertThat(status).as(out + "\n" + err).isZero();
        String report = Files.readString(table);
        // the last round's table: the records of every round so far (the discovery call, the warm-up's 4, 3 x 6)
        assertThat(report).contains("| calls ended as expected / placed | 6 / 6 | 6 / 6 |  |")
                .contains("| call records written / expected | 23 / 23 | - |  |");
        // and one row a round, the order alternating, with the ratio of each
        List<String> rounds = report.lines().filter(line -> line.matches("\\| [0-9]+ \\| .*")).toList();
        assertThat(rounds).hasSize(3);
        assertThat(rounds).extracting(line -> cells(line).get(1))
                .containsExactly("hand-written", "Centralita", "hand-written");
        List<Double> ratios = rounds.stream().map(line -> Double.parseDouble(cells(line).get(3))).sorted().toList();
        for (String round : rounds) {
            List<String> cells = cells(round);
            // CPU per call of each ("c / h"), and the parts of Centralita's (JIT / call threads / records / GC)
            assertThat(cells.get(2)).matches("[0-9]+\\.[0-9]{2} / [0-9]+\\.[0-9]{2}");
            assertThat(cells.get(4)).matches("([0-9]+\\.[0-9]{2} / ){3}[0-9]+\\.[0-9]{2}");
            // Centralita's call threads did the calls' work
            assertThat(Double.parseDouble(cells.get(4).split(" / ")[1])).isPositive();
            // and every call of the round ended as expected on both, every record so far written
            assertThat(cells.get(7)).matches("6 / 6, 6 / 6, ([0-9]+) / \\1");
        }
        // the records asked for grow by the load's calls from round to round (11, 17, 23)
        assertThat(rounds).extracting(line -> cells(line).get(7).replaceFirst(".*, ", ""))
                .containsExactly("11 / 11", "17 / 17", "23 / 23");
        // and the median of the three ratios is the figure given
        assertThat(report).contains(String.format(java.util.Locale.ROOT, "median CPU ratio over 3 rounds: %.2f",
                ratios.get(1)));
        // and both processes are gone
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains(dir.toString()))).isEmpty();
    }

    @Test
    void shouldMeasureBothServersLoadsAtTheSameTimeWhenTogether(@TempDir Path dir) throws Exception {
        // given two rounds, both servers' loads at once
        StringWriter out = new StringWriter();
        ProcessBench.Options options = new ProcessBench.Options(CALLS, java.time.Duration.ofMillis(500),
                java.time.Duration.ofMillis(500), 4, 0.1, java.time.Duration.ofSeconds(1), false, List.of(),
                dir.resolve("servers"), java.time.Duration.ZERO, 0, 2, true);

        // when
        ProcessRounds rounds = new ProcessBench(options, new PrintWriter(out)).run("bench process --together");

        // then each round's two measured windows overlap: the loads ran at the same time
        assertThat(rounds.firsts()).as(out.toString()).containsExactly(ProcessRounds.TOGETHER, ProcessRounds.TOGETHER);
        for (ProcessReport round : rounds.rounds()) {
            ProcessBench.Phase c = round.centralita();
            ProcessBench.Phase h = round.handWritten();
            assertThat(c.started()).isBefore(h.started().plus(h.measured()));
            assertThat(h.started()).isBefore(c.started().plus(c.measured()));
            // every call ended as expected on both, and every record so far was written
            assertThat(c.failed() + h.failed()).as(c.failures() + " " + h.failures()).isZero();
            assertThat(c.recordsWritten()).isEqualTo(c.recordsExpected());
            assertThat(c.cpuMillisPerCall()).isPositive();
            assertThat(h.cpuMillisPerCall()).isPositive();
            // and the call threads' runs on a CPU were counted (they wake for every AGI reply)
            assertThat(c.threadRuns().entrySet()).anySatisfy(thread -> {
                assertThat(thread.getKey()).startsWith("agi-call-");
                assertThat(thread.getValue()).isPositive();
            });
        }
        // the discovery call, the warm-up's 4 and 2 x 6
        assertThat(rounds.last().centralita().recordsExpected()).isEqualTo(17);
        assertThat(rounds.lines()).anyMatch(line -> line.startsWith("| 1 | both at once | "));
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains(dir.toString()))).isEmpty();
    }

    @Test
    void shouldRefuseHandWrittenFirstWithTogether() {
        // given
        StringWriter err = new StringWriter();

        // when
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench", "process",
                "--together", "--hand-written-first");

        // then
        assertThat(status).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--hand-written-first has no meaning with --together");
    }

    @Test
    void shouldRefuseAnEmptyLoadOrNoRound() {
        for (String[] args : List.of(new String[] {"--calls", "0"}, new String[] {"--rounds", "0"})) {
            // given
            StringWriter err = new StringWriter();

            // when
            int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench", "process",
                    args[0], args[1]);

            // then
            assertThat(status).as(String.join(" ", args)).isEqualTo(Main.USAGE);
            assertThat(err.toString()).contains("--calls and --rounds must be positive").doesNotContain("Exception");
        }
    }

    /** The cells of a table's row. */
    private static List<String> cells(String row) {
        return List.of(row.substring(2, row.length() - 2).split(" \\| ", -1)).stream().map(String::strip).toList();
    }

    /** The cells of the table's row {@code what}: the name, then each server, then the comparison. */
    private static List<String> rows(String report, String what) {
        String row = report.lines().filter(line -> line.startsWith("| " + what + " |")).findFirst().orElseThrow();
        return List.of(row.substring(2, row.length() - 2).split(" \\| ", -1)).stream().map(String::strip).toList();
    }
}
