package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2RecordsStoreTest {

    @TempDir
    Path dir;

    @Test
    void shouldCreateTheSchemaInANewH2FileDatabase() throws SQLException {
        // given a path where no database exists yet
        String url = "jdbc:h2:" + dir.resolve("centralita");

        // when the store opens it
        try (RecordsStore store = RecordsStore.open(url);
             Connection connection = store.connection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase());
            }

            // then the migrations made the three tables, in a file on disk
            assertThat(names).contains("calls", "call_events", "flow_versions");
            assertThat(Files.exists(dir.resolve("centralita.mv.db"))).isTrue();
        }
    }

    @Test
    void shouldReadBackACallAndItsEventsAsWritten() throws SQLException {
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
            // given a finished call
            CallRecord call = SampleCalls.call("1700000000.42", "node-a");
            List<CallEventRecord> events = SampleCalls.events("1700000000.42");

            // when it is written
            boolean inserted = store.calls().insert(call, events);

            // then the summary and the trace read back unchanged
            assertThat(inserted).isTrue();
            assertThat(store.calls().find("1700000000.42")).contains(call);
            assertThat(store.calls().events("1700000000.42")).isEqualTo(events);
        }
    }

    @Test
    void shouldIgnoreASecondWriteOfTheSameCall() throws SQLException {
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
            // given a call already stored
            store.calls().insert(SampleCalls.call("c-1", "node-a"), SampleCalls.events("c-1"));

            // when it is written again (a replay after a lost acknowledgement)
            boolean inserted = store.calls().insert(SampleCalls.call("c-1", "node-a"), SampleCalls.events("c-1"));

            // then nothing is duplicated
            assertThat(inserted).isFalse();
            assertThat(store.calls().count()).isEqualTo(1);
            assertThat(store.calls().events("c-1")).hasSize(5);
        }
    }

    @Test
    void shouldWriteSeveralCallsInOneTransactionAsIfWrittenOneByOne() throws SQLException {
        List<String> ids = List.of("b-1", "b-2", "b-3", "b-4");
        try (RecordsStore together = RecordsStore.open("jdbc:h2:" + dir.resolve("together"));
             RecordsStore oneByOne = RecordsStore.open("jdbc:h2:" + dir.resolve("one-by-one"))) {
            // given the same finished calls, two of them in the same quarter hour, three of them
            // already seen in a queue (their visits not yet attributed to a flow)
            for (RecordsStore store : List.of(together, oneByOne)) {
                visits(store, "b-1", "b-3", "b-4");
            }
            List<RecordedCall> calls = new ArrayList<>();
            for (String id : ids) {
                calls.add(new RecordedCall(SampleCalls.call(id, "node-a"), SampleCalls.events(id)));
                assertThat(oneByOne.calls().insert(SampleCalls.call(id, "node-a"), SampleCalls.events(id))).isTrue();
            }
            calls.add(new RecordedCall(new CallRecord("b-5", "bank-main", "3", "node-a", null, null, "es",
                    SampleCalls.START, SampleCalls.START.plusMillis(1000), 1000, "hangup", null, "ask-pin", null),
                    SampleCalls.events("b-5")));
            oneByOne.calls().insert(calls.get(4).call(), calls.get(4).events());

            // when they are written in one transaction
            together.calls().insertAll(calls);

            // then every call, every event and every report sum is as when they are written one by one
            for (RecordedCall call : calls) {
                String id = call.call().callId();
                assertThat(together.calls().find(id)).contains(call.call());
                assertThat(together.calls().events(id)).isEqualTo(call.events());
            }
            for (String table : List.of("flow_sums", "node_sums", "node_exit_sums", "queue_flow_sums")) {
                assertThat(rows(together, table)).as(table).isNotEmpty().isEqualTo(rows(oneByOne, table));
            }
            // and each visit learned its call's flow
            assertThat(rows(together, "queue_calls")).hasSize(3).allMatch(row -> row.contains("|bank-main|"));
        }
    }

    /** Visits to the cards queue, answered, as the queue events store would have kept them. */
    private static void visits(RecordsStore store, String... callIds) throws SQLException {
        try (Connection connection = store.connection();
             java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO queue_calls (call_id,"
                     + " queue_name, entered_epoch, outcome, agent, wait_s, talk_s) VALUES (?, 'cards', ?, 'answered',"
                     + " 'Ann', 12, 300)")) {
            ReportSums sums = new ReportSums();
            long entered = SampleCalls.START.getEpochSecond() + 60;
            for (String callId : callIds) {
                insert.setString(1, callId);
                insert.setLong(2, entered);
                insert.executeUpdate();
                sums.addVisit(1, "cards", null, entered, "answered", "Ann", 12, 300, null, 5, 20);
            }
            sums.write(connection, false);
        }
    }

    @Test
    void shouldWriteNoneOfSeveralCallsWhenOneIsAlreadyStored() throws SQLException {
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
            // given one of three calls already stored
            store.calls().insert(SampleCalls.call("d-2", "node-a"), SampleCalls.events("d-2"));
            List<String> before = rows(store, "node_sums");

            // when the three are written in one transaction
            List<RecordedCall> calls = new ArrayList<>();
            for (String id : List.of("d-1", "d-2", "d-3")) {
                calls.add(new RecordedCall(SampleCalls.call(id, "node-a"), SampleCalls.events(id)));
            }
            SQLException failure = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> store.calls().insertAll(calls));

            // then the duplicate is reported and nothing of the others was written
            assertThat(failure.getSQLState()).isEqualTo(CallRecords.DUPLICATE_KEY);
            assertThat(store.calls().count()).isEqualTo(1);
            assertThat(store.calls().events("d-1")).isEmpty();
            assertThat(rows(store, "node_sums")).isEqualTo(before);
        }
    }

    private static List<String> rows(RecordsStore store, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = store.connection();
             ResultSet result = connection.createStatement().executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2, 3")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(result.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void shouldCutOverlongValuesToTheirColumnsRatherThanRefuseTheCall() throws SQLException {
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
            // given a call whose error message is longer than the column
            CallRecord call = new CallRecord("c-long", "bank-main", "1", "node-a", "", "", "en",
                    Instant.parse("2026-01-01T00:00:00Z"), null, 0, "error", null, "crm", "x".repeat(5000));

            // when it is written
            store.calls().insert(call, List.of());

            // then it is stored with the message cut
            assertThat(store.calls().find("c-long").orElseThrow().errorMessage()).hasSize(2000);
        }
    }

    @Test
    void shouldListCallsStartedInAPeriod() throws SQLException {
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
            // given calls at various times
            for (String id : List.of("a", "b", "c")) {
                store.calls().insert(SampleCalls.call(id, "node-a"), List.of());
            }
            CallRecord b = store.calls().find("b").orElseThrow();

            // when asking for the second in which b started
            List<CallRecord> found = store.calls().startedBetween(b.startedAt(), b.startedAt().plusSeconds(1));

            // then b is there
            assertThat(found).extracting(CallRecord::callId).contains("b");
        }
    }
}
