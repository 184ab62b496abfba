package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runtime stopped with SIGTERM while calls wait for the records writer: its shutdown hook
 * flushes them into the embedded H2 database, which H2's own exit hook (run at the same time)
 * must not close under it, and leaves nothing in the journal for a next start that may never come.
 */
class RecordWriterTerminateTest {

    private static final int CALLS = 3_000;

    @TempDir
    Path dir;

    private Process child;

    @AfterEach
    void cleanUp() {
        if (child != null) {
            child.destroyForcibly();
        }
    }

    @Test
    void shouldStoreEveryWaitingCallInTheDatabaseWhenStoppedWithSigterm() throws Exception {
        // given a runtime process with an embedded H2 store where 2,000 calls have just ended
        String url = "jdbc:h2:" + dir.resolve("records");
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WriterUntilTerminated.class.getName(),
                dir.toString(), url, String.valueOf(CALLS))
                .redirectError(dir.resolve("child.log").toFile()).start();
        long waiting;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine(); // the child's log lines come first
            } while (line != null && !line.startsWith("submitted "));
            assertThat(line).startsWith("submitted " + CALLS + ", not yet written ");
            waiting = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
        }

        // when it is stopped with SIGTERM at once, most of its records still waiting
        assertThat(waiting).isGreaterThan(CALLS / 2);
        child.destroy();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        // then every call is in the database and none was left in the journal
        try (RecordsStore store = RecordsStore.open(url)) {
            assertThat(store.calls().count()).isEqualTo(CALLS);
            assertThat(store.calls().find("terminated-" + (CALLS - 1))).isPresent();
        }
        assertThat(journalLines(dir.resolve("records-journal"))).isZero();
    }

    private static long journalLines(Path journal) throws Exception {
        if (!Files.isDirectory(journal)) {
            return 0;
        }
        long lines = 0;
        try (Stream<Path> files = Files.list(journal)) {
            for (Path segment : files.filter(f -> f.getFileName().toString().startsWith("segment-")).toList()) {
                lines += JournalReader.countLines(segment);
            }
        }
        return lines;
    }
}
