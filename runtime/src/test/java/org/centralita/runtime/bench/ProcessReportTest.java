package org.centralita.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the whole-process benchmark reports a failure (its exit status 1). */
class ProcessReportTest {

    @Test
    void shouldFailWhenARecordIsMissingButNotWhenARecordWasAlsoFoundStoredOnReplay() {
        assertThat(report(centralita(3000, 3001)).anyFailed()).as("a record missing").isTrue();
        assertThat(report(centralita(3001, 3001)).anyFailed()).as("every record").isFalse();
        // three calls journaled while the writer held them were found stored when replayed
        assertThat(report(centralita(3004, 3001)).anyFailed()).as("replays found stored").isFalse();
    }

    @Test
    void shouldFailWhenACallDidNotEndAsExpected() {
        ProcessBench.Phase failed = phase("Centralita", 1, 3001, 3001);
        assertThat(report(failed).anyFailed()).isTrue();
    }

    private static ProcessReport report(ProcessBench.Phase centralita) {
        return new ProcessReport("machine", "command", List.of(), 10, centralita, phase("hand-written", 0, -1, -1));
    }

    private static ProcessBench.Phase centralita(long written, long expected) {
        return phase("Centralita", 0, written, expected);
    }

    private static ProcessBench.Phase phase(String name, int failed, long written, long expected) {
        ServerProcess.Cpu cpu = new ServerProcess.Cpu(0, 0, 10, 0);
        return new ProcessBench.Phase(name, 1000, failed, List.of(), 37_000, 1, cpu, cpu, java.time.Instant.EPOCH, Duration.ofSeconds(80), 0,
                written, expected, 1, 2, Map.of(), Map.of(), Map.of(), Map.of(), ProcessBench.WriterWork.NONE);
    }
}
