package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.centralita.runtime.health.SharedThread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database writer's rounds, one at a time, on the calls the spooler left on the lane. */
class DatabaseWriterTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheCallsWaitingOnTheLaneInOneRound() throws IOException, InterruptedException {
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
            // given five calls waiting on the lane
            WriterPipeline pipeline = pipeline();
            List<String> ids = List.of("w-1", "w-2", "w-3", "w-4", "w-5");
            ids.forEach(id -> offer(pipeline, id));

            // when the writer takes one round
            writer(store, pipeline).step();

            // then all five are written in one transaction, their events too, and the lane is empty
            assertThat(pipeline.counters().written.get()).isEqualTo(5);
            assertThat(pipeline.counters().transactions.get()).isEqualTo(1);
            assertThat(pipeline.counters().inFlight.get()).isZero();
            assertThat(store.calls().count()).isEqualTo(5);
            assertThat(store.calls().events("w-4")).isEqualTo(SampleCalls.events("w-4"));
            assertThat(pipeline.lane().empty()).isTrue();
        }
    }

    @Test
    void shouldSettleEachCallOnItsOwnWhenOneOfARoundIsAlreadyStored() throws IOException, InterruptedException,
            SQLException {
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
            // given three calls on the lane, the second already stored (a replay)
            store.calls().insert(SampleCalls.call("r-2", "node-a"), SampleCalls.events("r-2"));
            WriterPipeline pipeline = pipeline();
            List.of("r-1", "r-2", "r-3").forEach(id -> offer(pipeline, id));

            // when the writer takes one round
            writer(store, pipeline).step();

            // then the other two are written and the second counted as a duplicate, nothing lost or doubled
            assertThat(pipeline.counters().written.get()).isEqualTo(2);
            assertThat(pipeline.counters().transactions.get()).isEqualTo(2);
            assertThat(pipeline.counters().duplicates.get()).isEqualTo(1);
            assertThat(pipeline.counters().inFlight.get()).isZero();
            assertThat(store.calls().count()).isEqualTo(3);
            assertThat(store.calls().events("r-2")).hasSize(5);
            assertThat(store.calls().events("r-3")).isEqualTo(SampleCalls.events("r-3"));
        }
    }

    @Test
    void shouldReplayTheJournalSeveralCallsAtATimeAndSettleEachWhenOneIsAlreadyStored() throws IOException,
            InterruptedException, SQLException {
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
            // given two transactions' worth of calls and 5 more in the journal, one of the second batch already stored
            int batch = DatabaseWriter.WRITE_BATCH;
            int calls = 2 * batch + 5;
            WriterPipeline pipeline = pipeline();
            List<RecordedCall> journaled = new java.util.ArrayList<>();
            for (int i = 0; i < calls; i++) {
                journaled.add(new RecordedCall(SampleCalls.call("j-" + i, "node-a"), SampleCalls.events("j-" + i)));
            }
            store.calls().insert(journaled.get(batch + 10).call(), journaled.get(batch + 10).events());
            pipeline.journal().append(journaled);

            // when the writer takes one round (nothing on the lane)
            writer(store, pipeline).step();

            // then the journal is written out: every call once, the stored one counted as a duplicate
            assertThat(pipeline.journal().pending()).isZero();
            assertThat(pipeline.counters().written.get()).isEqualTo(calls - 1);
            // the first batch together, the batch with the stored one each alone, the last 5 together
            assertThat(pipeline.counters().transactions.get()).isEqualTo(1 + (batch - 1) + 1);
            assertThat(pipeline.counters().duplicates.get()).isEqualTo(1);
            assertThat(store.calls().count()).isEqualTo(calls);
            assertThat(store.calls().events("j-" + (calls - 1))).isEqualTo(SampleCalls.events("j-" + (calls - 1)));
        }
    }

    private WriterPipeline pipeline() throws IOException {
        return WriterPipeline.of(100, new RecordJournal(dir.resolve("journal"), 1 << 20), Duration.ofSeconds(30));
    }

    private static void offer(WriterPipeline pipeline, String id) {
        pipeline.counters().inFlight.incrementAndGet();
        assertThat(pipeline.lane().offer(new RecordedCall(SampleCalls.call(id, "node-a"), SampleCalls.events(id)))).isTrue();
    }

    private static DatabaseWriter writer(RecordsStore store, WriterPipeline pipeline) {
        return new DatabaseWriter(store, pipeline, new Backoff(Duration.ofMillis(10), Duration.ofMillis(100)),
                new SharedThread("records-writer", "test", Duration.ofSeconds(60)));
    }
}
