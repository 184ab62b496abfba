package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Records in a real PostgreSQL (Debian's package, a private cluster), stopped and started under load. */
class PostgresRecordsTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @TempDir
    Path dir;

    @Test
    void shouldWriteCallsAndTheirTracesToPostgres() throws Exception {
        try (RecordsStore store = RecordsStore.open(POSTGRES.newDatabase());
             RecordWriter writer = RecordWriter.start(store, settings("node-a"))) {
            // when a call is submitted
            writer.submit(SampleCalls.call("pg-1", "node-a"), SampleCalls.events("pg-1"));

            // then it reads back from PostgreSQL as it was written
            await().atMost(Duration.ofSeconds(20)).until(writer::drained);
            assertThat(store.calls().find("pg-1")).contains(SampleCalls.call("pg-1", "node-a"));
            assertThat(store.calls().events("pg-1")).isEqualTo(SampleCalls.events("pg-1"));
        }
    }

    @Test
    void shouldKeepTheCallsOfTwoRuntimesInOneStore() throws Exception {
        // given two runtimes, each with its own store connection and journal, on one database
        String url = POSTGRES.newDatabase();
        try (RecordsStore storeA = RecordsStore.open(url);
             RecordsStore storeB = RecordsStore.open(url);
             RecordWriter writerA = RecordWriter.start(storeA, settings("node-a"));
             RecordWriter writerB = RecordWriter.start(storeB, settings("node-b"))) {
            // when each records its own calls
            for (int i = 0; i < 40; i++) {
                writerA.submit(SampleCalls.call("a-" + i, "node-a"), SampleCalls.events("a-" + i));
                writerB.submit(SampleCalls.call("b-" + i, "node-b"), SampleCalls.events("b-" + i));
            }

            // then both sets are in the one store, each marked with its runtime
            await().atMost(Duration.ofSeconds(20)).until(() -> writerA.drained() && writerB.drained());
            assertThat(storeA.calls().count()).isEqualTo(80);
            assertThat(storeA.calls().find("b-7").orElseThrow().runtimeNode()).isEqualTo("node-b");
            assertThat(storeB.calls().find("a-7").orElseThrow().runtimeNode()).isEqualTo("node-a");
        }
    }

    @Test
    void shouldLoseNoCallAndDelayNoCallerWhenPostgresStopsMidRun() throws Exception {
        String url = POSTGRES.newDatabase();
        int threads = 4;
        int perThread = 150;
        try (RecordsStore store = RecordsStore.open(new StoreSettings(url, null, null, 4, Duration.ofSeconds(1)));
             RecordWriter writer = RecordWriter.start(store, settings("node-a"))) {
            // given callers finishing calls on several threads
            CountDownLatch stopped = new CountDownLatch(1);
            AtomicLong slowestSubmitNanos = new AtomicLong();
            ConcurrentLinkedQueue<Throwable> thrown = new ConcurrentLinkedQueue<>();
            List<Thread> callers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String prefix = "t" + t + "-";
                Thread caller = new Thread(() -> submitAll(writer, prefix, perThread, stopped, slowestSubmitNanos, thrown));
                callers.add(caller);
                caller.start();
            }

            // when PostgreSQL is stopped while they run, then started again
            await().atMost(Duration.ofSeconds(20)).until(() -> writer.written() >= 50);
            POSTGRES.cluster().stop();
            stopped.countDown();
            for (Thread caller : callers) {
                caller.join(Duration.ofSeconds(30).toMillis());
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> writer.pendingOnDisk() > 0);
            POSTGRES.cluster().startAgain();

            // then no submit threw or waited, and every call is stored exactly as submitted
            assertThat(thrown).isEmpty();
            assertThat(Duration.ofNanos(slowestSubmitNanos.get())).isLessThan(Duration.ofMillis(200));
            await().atMost(Duration.ofSeconds(30)).until(writer::drained);
            assertThat(writer.dropped()).isZero();
            assertThat(store.calls().count()).isEqualTo(threads * perThread);
            for (int t = 0; t < threads; t++) {
                for (int i = 0; i < perThread; i += 7) {
                    String id = "t" + t + "-" + i;
                    assertThat(store.calls().find(id)).contains(SampleCalls.call(id, "node-a"));
                    assertThat(store.calls().events(id)).isEqualTo(SampleCalls.events(id));
                }
            }
        }
    }

    private static void submitAll(RecordWriter writer, String prefix, int count, CountDownLatch stopped,
                                  AtomicLong slowest, ConcurrentLinkedQueue<Throwable> thrown) {
        try {
            for (int i = 0; i < count; i++) {
                if (i == count / 3) {
                    stopped.await();
                }
                String id = prefix + i;
                CallRecord call = SampleCalls.call(id, "node-a");
                List<CallEventRecord> events = SampleCalls.events(id);
                long start = System.nanoTime();
                writer.submit(call, events);
                slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
            }
        } catch (Throwable e) {
            thrown.add(e);
        }
    }

    private RecordWriterSettings settings(String node) {
        return RecordWriterSettings.defaults(dir.resolve(node))
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(300));
    }
}
