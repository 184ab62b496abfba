package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runtime killed (SIGKILL, no close) while its records store is down: every call that had
 * ended is in the fsync'd journal, and a new writer on the same journal stores every one. And one
 * killed right after its writer committed calls to an H2 file store: every committed call is in
 * the file.
 */
class RecordWriterKillTest {

    private static final int CALLS = 194;

    @TempDir
    Path dir;

    private Process child;
    private Server server;

    @AfterEach
    void cleanUp() {
        if (child != null) {
            child.destroyForcibly();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void shouldRecoverEveryFinishedCallAfterAKillWhileTheStoreIsDown() throws Exception {
        // given a runtime process whose store is down (nothing listens on its port), where 194 calls end
        int port = freePort();
        String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/records";
        Path journal = dir.resolve("records-journal");
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WriterUntilKilled.class.getName(),
                journal.toString(), url, String.valueOf(CALLS))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();

        // when every ended call has reached the journal, promptly, the process is killed without closing
        await().atMost(Duration.ofSeconds(120)).until(() -> journalLines(journal) >= CALLS);
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();

        // then a new writer on the same journal, with the store back, stores every call once
        server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", dir.toString(),
                "-ifNotExists").start();
        try (RecordsStore store = RecordsStore.open(new StoreSettings(url, null, null, 2, Duration.ofSeconds(2)));
             RecordWriter restarted = RecordWriter.start(store, RecordWriterSettings.defaults(dir)
                     .withJournal(journal).withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)))) {
            await().atMost(Duration.ofSeconds(30)).until(restarted::drained);
            assertThat(store.calls().count()).isEqualTo(CALLS);
            assertThat(store.calls().find("killed-0")).isPresent();
            assertThat(store.calls().find("killed-" + (CALLS - 1))).isPresent();
            assertThat(restarted.dropped()).isZero();
        }
    }

    @Test
    void shouldKeepEveryCallCommittedToAnH2FileWhenKilledRightAfterTheCommit() throws Exception {
        // given a runtime process writing calls to an H2 file store that is up
        String url = "jdbc:h2:" + dir.resolve("records");
        Path journal = dir.resolve("records-journal");
        Path log = dir.resolve("child.log");
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WriterUntilKilled.class.getName(),
                journal.toString(), url, String.valueOf(CALLS), "announce")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        // when it is killed as soon as its writer has committed them all (H2's default write delay
        // would hold the last commits in memory for up to half a second)
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(2))
                .until(() -> Files.readString(log).contains(WriterUntilKilled.WRITTEN));
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();

        // then the file holds every call (read without replaying anything: calls the writer took
        // from the journal, where those the hand-off had no room for went, are in the file too)
        try (RecordsStore store = RecordsStore.open(StoreSettings.of(url))) {
            assertThat(store.calls().count()).as(Files.readString(log)).isEqualTo(CALLS);
            assertThat(store.calls().find("killed-" + (CALLS - 1))).isPresent();
        }
    }

    private static long journalLines(Path journal) {
        if (!Files.isDirectory(journal)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(journal)) {
            long lines = 0;
            for (Path segment : files.filter(f -> f.getFileName().toString().startsWith("segment-")).toList()) {
                lines += JournalReader.countLines(segment);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
