package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centralita.runtime.admin.ScrapedMetrics.value;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.centralita.runtime.admin.RuntimeMetrics;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The writer against H2 served over TCP, so the database can be stopped and started under it. */
class RecordWriterTest {

    @TempDir
    Path dir;

    private int port;
    private Server server;
    private RecordsStore store;

    @BeforeEach
    void startDatabase() throws SQLException, IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        startServer();
        StoreSettings settings = new StoreSettings("jdbc:h2:tcp://127.0.0.1:" + port + "/records", null, null,
                4, Duration.ofMillis(500));
        store = RecordsStore.open(settings);
    }

    @AfterEach
    void stopDatabase() {
        store.close();
        server.stop();
    }

    @Test
    void shouldWriteSubmittedCallsInTheBackground() {
        try (RecordWriter writer = RecordWriter.start(store, settings())) {
            // when calls are submitted
            for (int i = 0; i < 50; i++) {
                writer.submit(SampleCalls.call("bg-" + i, "node-a"), SampleCalls.events("bg-" + i));
            }

            // then they all reach the database, none through the journal
            await().atMost(Duration.ofSeconds(20)).until(writer::drained);
            assertThat(store.calls().count()).isEqualTo(50);
            assertThat(writer.written()).isEqualTo(50);
            assertThat(writer.spilled()).isZero();
            assertThat(store.calls().events("bg-7")).isEqualTo(SampleCalls.events("bg-7"));
        }
    }

    @Test
    void shouldMakeTheEventsOfACallSubmittedLaterOnTheWritersThread() {
        try (RecordWriter writer = RecordWriter.start(store, settings())) {
            // when calls are submitted with their events to be made later
            java.util.Set<Thread> makers = java.util.concurrent.ConcurrentHashMap.newKeySet();
            for (int i = 0; i < 20; i++) {
                String id = "later-" + i;
                writer.submitLater(SampleCalls.call(id, "node-a"), () -> {
                    makers.add(Thread.currentThread());
                    return SampleCalls.events(id);
                });
            }

            // then they were made off the submitting thread, and stored as given
            await().atMost(Duration.ofSeconds(20)).until(writer::drained);
            assertThat(store.calls().count()).isEqualTo(20);
            assertThat(makers).isNotEmpty().doesNotContain(Thread.currentThread());
            assertThat(store.calls().events("later-7")).isEqualTo(SampleCalls.events("later-7"));
        }
    }

    @Test
    void shouldKeepCallsOnDiskWhileTheDatabaseIsDownAndWriteThemWhenItIsBack() throws SQLException {
        try (RecordWriter writer = RecordWriter.start(store, settings())) {
            // given the database is stopped
            server.stop();

            // when calls end meanwhile
            for (int i = 0; i < 200; i++) {
                writer.submit(SampleCalls.call("down-" + i, "node-a"), SampleCalls.events("down-" + i));
            }

            // then they go to the journal, and reach the database once it is back
            await().atMost(Duration.ofSeconds(20)).until(() -> writer.pendingOnDisk() > 0);
            startServer();
            await().atMost(Duration.ofSeconds(30)).until(writer::drained);
            assertThat(store.calls().count()).isEqualTo(200);
            assertThat(writer.dropped()).isZero();
            assertThat(store.calls().events("down-199")).isEqualTo(SampleCalls.events("down-199"));
            assertThat(journalSegments()).isEmpty();
        }
    }

    @Test
    void shouldShowTheJournalFillingAndEmptyingInTheMetrics() throws SQLException {
        // given a writer whose counts the runtime's metrics report, and a database that is down
        RuntimeMetrics metrics = new RuntimeMetrics();
        try (RecordWriter writer = RecordWriter.start(store, settings())) {
            metrics.bindRecordWriter(writer);
            server.stop();

            // when calls end meanwhile
            for (int i = 0; i < 200; i++) {
                writer.submit(SampleCalls.call("seen-" + i, "node-a"), SampleCalls.events("seen-" + i));
            }

            // then the scrape shows them spilled to the journal, waiting there, and failed writes
            // (the calls the hand-off cannot take are journaled at once, maybe before the first
            // write has failed: a connection the pool must open first fails only after its timeout)
            await().atMost(Duration.ofSeconds(20)).until(() -> writer.pendingOnDisk() > 0 && writer.failedAttempts() > 0);
            String down = metrics.scrape();
            assertThat(value(down, "centralita_records_submitted_total")).isEqualTo(200);
            assertThat(value(down, "centralita_records_spilled_total")).isPositive();
            assertThat(value(down, "centralita_records_journal_pending")).isPositive();
            assertThat(value(down, "centralita_records_write_failures_total")).isPositive();
            // and once the database is back, the journal empties into it
            startServer();
            await().atMost(Duration.ofSeconds(30)).until(writer::drained);
            String back = metrics.scrape();
            assertThat(value(back, "centralita_records_journal_pending")).isZero();
            assertThat(value(back, "centralita_records_queued")).isZero();
            assertThat(value(back, "centralita_records_written_total")).isEqualTo(200);
            assertThat(value(back, "centralita_records_transactions_total")).isBetween(1.0, 200.0);
            assertThat(value(back, "centralita_records_dropped_total")).isZero();
        }
    }

    @Test
    void shouldWriteCallsEndingAFewTimesASecondSeveralToATransaction() throws InterruptedException {
        ScheduledExecutorService callers = Executors.newSingleThreadScheduledExecutor();
        try (RecordWriter writer = RecordWriter.start(store, settings())) {
            // when calls end one at a time, about 30 a second (as in the process benchmark's load)
            AtomicInteger ended = new AtomicInteger();
            CountDownLatch all = new CountDownLatch(60);
            callers.scheduleAtFixedRate(() -> {
                int i = ended.getAndIncrement();
                if (i < 60) {
                    writer.submit(SampleCalls.call("few-" + i, "node-a"), SampleCalls.events("few-" + i));
                    all.countDown();
                }
            }, 0, 33, TimeUnit.MILLISECONDS);
            assertThat(all.await(20, TimeUnit.SECONDS)).isTrue();

            // then the writer took many of them to each transaction (the first waiting up to half a
            // second for others: about 15 a transaction; about 8 with the quarter second before)
            await().atMost(Duration.ofSeconds(20)).until(writer::drained);
            assertThat(writer.written()).isEqualTo(60);
            assertThat(writer.transactions()).isBetween(1L, 5L);
            // and the spooler, woken by the first call of a round, let the next come along (60 rounds before)
            assertThat(writer.spoolerRounds()).isBetween(1L, 40L);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void shouldPutEveryCallInTheJournalAtOnceWhileTheStoreIsDown() throws SQLException {
        // given a database that is down, and a writer that would leave calls a minute in memory
        server.stop();
        try (RecordWriter writer = RecordWriter.start(store, settings().withSpillAfter(Duration.ofMinutes(1)))) {
            // when 194 calls end
            for (int i = 0; i < 194; i++) {
                writer.submit(SampleCalls.call("gone-" + i, "node-a"), SampleCalls.events("gone-" + i));
            }

            // then within moments none is left only in memory: the failed write sent them all to the journal
            await().atMost(Duration.ofSeconds(5)).until(() -> writer.pendingOnDisk() == 194 && writer.queued() == 0);
            assertThat(writer.spilled()).isEqualTo(194);
            // and they reach the database once it is back
            startServer();
            await().atMost(Duration.ofSeconds(30)).until(writer::drained);
            assertThat(store.calls().count()).isEqualTo(194);
            assertThat(writer.dropped()).isZero();
        }
    }

    @Test
    void shouldForceCallsToTheJournalWhenTheStoreHangs() throws Exception {
        // given a store reached through a network path that will hang, and a writer that has written through it
        try (StallingProxy proxy = new StallingProxy(port);
             RecordsStore hanging = RecordsStore.open(new StoreSettings("jdbc:h2:tcp://127.0.0.1:" + proxy.port()
                     + "/records", null, null, 2, Duration.ofSeconds(2)))) {
            RecordWriter writer = RecordWriter.start(hanging, settings().withSpillAfter(Duration.ofMillis(300)));
            writer.submit(SampleCalls.call("before", "node-a"), SampleCalls.events("before"));
            await().atMost(Duration.ofSeconds(20)).until(() -> writer.written() == 1);

            // when the path hangs (no error, no answer) and 100 calls end
            proxy.stall();
            for (int i = 0; i < 100; i++) {
                writer.submit(SampleCalls.call("hung-" + i, "node-a"), SampleCalls.events("hung-" + i));
            }

            // then none stays in memory much longer than spill-after, though the writer is blocked in a write
            await().atMost(Duration.ofSeconds(5)).until(() -> writer.pendingOnDisk() == 100 && writer.queued() == 0);
            assertThat(writer.written()).isEqualTo(1);
            proxy.close();
            writer.close(Duration.ofMillis(200));
        }
    }

    @Test
    void shouldReplayTheJournalOfAnEarlierRunWithoutDuplicates() throws SQLException {
        // given a writer closed while the database was down: its calls stay in the journal
        server.stop();
        RecordWriter first = RecordWriter.start(store, settings());
        for (int i = 0; i < 30; i++) {
            first.submit(SampleCalls.call("old-" + i, "node-a"), SampleCalls.events("old-" + i));
        }
        boolean complete = first.close(Duration.ofMillis(300));
        assertThat(complete).isFalse();
        assertThat(first.pendingOnDisk()).isEqualTo(30);

        // and some of those calls did reach the database before (an acknowledgement lost in a crash)
        startServer();
        for (int i = 0; i < 10; i++) {
            store.calls().insert(SampleCalls.call("old-" + i, "node-a"), SampleCalls.events("old-" + i));
        }

        // when the runtime starts again
        try (RecordWriter second = RecordWriter.start(store, settings())) {
            // then every call is stored exactly once
            await().atMost(Duration.ofSeconds(20)).until(second::drained);
            assertThat(store.calls().count()).isEqualTo(30);
            assertThat(second.written()).isEqualTo(20);
            assertThat(second.duplicates()).isEqualTo(10);
            assertThat(store.calls().events("old-3")).hasSize(5);
        }
    }

    @Test
    void shouldDropOnlyWhenMemoryAndTheJournalBudgetAreBothFull() {
        // given the database is down, room for 5 calls in memory and about 3 in the journal
        server.stop();
        RecordWriter writer = RecordWriter.start(store, settings().withLimits(5, 6_000));

        // when many calls end
        for (int i = 0; i < 100; i++) {
            writer.submit(SampleCalls.call("full-" + i, "node-a"), SampleCalls.events("full-" + i));
        }

        // then some are kept, the rest are dropped and counted, and nothing was thrown
        assertThat(writer.dropped()).isPositive();
        assertThat(writer.submitted() + writer.dropped()).isEqualTo(100);
        assertThat(writer.submitted()).isGreaterThanOrEqualTo(5);
        writer.close(Duration.ofMillis(100));
    }

    @Test
    void shouldNeverLogTheContentOfCallsItCannotWrite() {
        // given the log of the writer's classes is captured and the database is down
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger storeLogger = (Logger) LoggerFactory.getLogger("org.centralita.runtime.store");
        storeLogger.addAppender(log);
        server.stop();
        RecordWriter writer = RecordWriter.start(store, settings().withLimits(2, 3_000));
        try {
            // when calls cannot be written, spill, and overflow
            for (int i = 0; i < 20; i++) {
                writer.submit(SampleCalls.call("log-" + i, "node-a"), SampleCalls.events("log-" + i));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> writer.failedAttempts() > 0);
            writer.close(Duration.ofMillis(100));
        } finally {
            storeLogger.detachAppender(log);
        }

        // then the log names calls, never their numbers or trace content
        assertThat(log.list).isNotEmpty();
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains("+34600111222") || line.contains("\"value\""));
    }

    private RecordWriterSettings settings() {
        return RecordWriterSettings.defaults(dir).withBackoff(Duration.ofMillis(20), Duration.ofMillis(200));
    }

    private void startServer() throws SQLException {
        server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", dir.toString(),
                "-ifNotExists").start();
    }

    private java.util.List<Path> journalSegments() {
        try (Stream<Path> files = Files.list(dir.resolve("records-journal"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("segment-")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
