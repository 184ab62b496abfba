package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Migration 28: a call's whole trace in one value of its row (its {@code enter} events as rows for
 * the reports until migration 31: {@link CallNodesColumnTest}); calls written before read from
 * their rows. On H2 and a real PostgreSQL.
 */
class CallTraceColumnTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void shouldKeepTheTraceInTheCallsRow(String database) throws Exception {
        try (RecordsStore store = RecordsStore.open(newStore(database))) {
            // given a call of five events, one of them a node entered, written alone, and two written together
            List<CallEventRecord> events = SampleCalls.events("t-1");
            store.calls().insert(SampleCalls.call("t-1", "n"), events);
            store.calls().insertAll(List.of(new RecordedCall(SampleCalls.call("t-2", "n"), SampleCalls.events("t-2")),
                    new RecordedCall(SampleCalls.call("t-3", "n"), SampleCalls.events("t-3"))));

            for (String id : List.of("t-1", "t-2", "t-3")) {
                // then the call's row holds its trace: its JSON lines as one JSON array
                String lines = SampleCalls.events(id).stream().map(CallEventRecord::json).collect(Collectors.joining(","));
                assertThat(strings(store, "SELECT trace FROM calls WHERE call_id = ?", id)).containsExactly("[" + lines + "]");
                // and no event is a row: the node entered is in the row too (migration 31, CallNodesColumnTest)
                assertThat(strings(store, "SELECT event FROM call_events WHERE call_id = ?", id)).isEmpty();
                // and the trace reads back exactly as submitted
                assertThat(store.calls().events(id)).isEqualTo(SampleCalls.events(id));
            }
        }
    }

    /**
     * Migrations 29 and 30: no query reads the rows by node and event, and the writer writes them
     * only with their call, so no row pays for that index nor for a foreign key (and its index on H2).
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void shouldIndexTheEventRowsByTheirKeyOnly(String database) throws Exception {
        try (RecordsStore store = RecordsStore.open(newStore(database)); Connection connection = store.connection()) {
            String table = database.equals("h2") ? "CALL_EVENTS" : "call_events";
            List<String> indexed = new ArrayList<>();
            try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                while (indexes.next()) {
                    if (indexes.getString("COLUMN_NAME") != null) {
                        indexed.add(indexes.getString("INDEX_NAME").toLowerCase() + ":"
                                + indexes.getString("COLUMN_NAME").toLowerCase());
                    }
                }
            }
            assertThat(indexed).isNotEmpty().noneMatch(index -> index.startsWith("call_events_node:"))
                    .allMatch(index -> index.endsWith(":call_id") || index.endsWith(":seq"));
            assertThat(indexed.stream().map(index -> index.substring(0, index.indexOf(':'))).distinct()).hasSize(1);
            try (ResultSet keys = connection.getMetaData().getImportedKeys(null, null, table)) {
                assertThat(keys.next()).as("a foreign key of call_events").isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void shouldReadTheRowsOfCallsWrittenBeforeTheMigration(String database) throws Exception {
        String url = newStore(database);
        // given a store at migration 27 holding a call with every event as a row
        List<CallEventRecord> old = SampleCalls.events("old-1");
        try (Connection connection = OldStores.migratedTo(url, "27");
             PreparedStatement call = connection.prepareStatement("INSERT INTO calls (call_id, flow_id, runtime_node,"
                     + " started_at, duration_ms, outcome) VALUES ('old-1', 'bank-main', 'n', ?, 48250, 'queue')")) {
            call.setObject(1, CallRecords.utc(SampleCalls.START));
            call.executeUpdate();
            OldStores.writeEventRows(connection, "old-1", old, e -> true);
        }

        // when the runtime opens it (migration 28) and writes a new call beside it
        try (RecordsStore store = RecordsStore.open(url)) {
            store.calls().insert(SampleCalls.call("new-1", "n"), SampleCalls.events("new-1"));

            // then the old call's trace is read from its rows, the new one's from its row
            assertThat(strings(store, "SELECT trace FROM calls WHERE call_id = ?", "old-1")).containsExactly((String) null);
            assertThat(store.calls().events("old-1")).isEqualTo(old);
            assertThat(store.calls().events("new-1")).isEqualTo(SampleCalls.events("new-1"));
            assertThat(store.calls().events("never-stored")).isEmpty();
        }
    }

    @Test
    void shouldKeepATraceTooLongForTheColumnAsRows() throws Exception {
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
            // given a call whose trace is longer than the column (a prompt text of 600,000 characters, twice)
            List<CallEventRecord> events = new ArrayList<>(SampleCalls.events("long-1"));
            String text = "x".repeat(600_000);
            for (int seq = 5; seq < 7; seq++) {
                events.add(new CallEventRecord(seq, 48_250, "prompt", "menu",
                        "{\"event\":\"prompt\",\"t\":48250,\"node\":\"menu\",\"text\":\"" + text + "\"}"));
            }

            // when it is written
            store.calls().insert(SampleCalls.call("long-1", "n"), events);

            // then every event is a row, as before migration 28, and reads back whole
            assertThat(strings(store, "SELECT trace FROM calls WHERE call_id = ?", "long-1")).containsExactly((String) null);
            assertThat(strings(store, "SELECT event FROM call_events WHERE call_id = ?", "long-1")).hasSize(7);
            assertThat(store.calls().events("long-1")).isEqualTo(events);
        }
    }

    @Test
    void shouldKeepEventsWhoseSequenceIsNotTheirPlaceAsRows() throws Exception {
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
            // given a call whose events are numbered 0, 1, 2, 3, 5 (one missing)
            List<CallEventRecord> events = new ArrayList<>(SampleCalls.events("gap-1"));
            CallEventRecord last = events.remove(4);
            events.add(new CallEventRecord(5, last.tMs(), last.event(), last.node(), last.json()));

            // when it is written
            store.calls().insert(SampleCalls.call("gap-1", "n"), events);

            // then its numbers are kept: every event is a row
            assertThat(store.calls().events("gap-1")).isEqualTo(events);
            assertThat(strings(store, "SELECT event FROM call_events WHERE call_id = ?", "gap-1")).hasSize(5);
        }
    }

    @Test
    void shouldSayWhichCallsTraceCannotBeRead() throws Exception {
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
            // given a call whose stored trace was damaged in the database
            store.calls().insert(SampleCalls.call("bad-1", "n"), SampleCalls.events("bad-1"));
            try (Connection connection = store.connection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE calls SET trace = '[{\"event\":\"start\"},' WHERE call_id = 'bad-1'");
            }

            // when it is read, then the failure names the call, not a parser's stack
            assertThatThrownBy(() -> store.calls().events("bad-1")).isInstanceOf(RecordsStoreException.class)
                    .hasMessageContaining("the stored trace of call bad-1 cannot be read");
        }
    }

    private String newStore(String database) throws Exception {
        return database.equals("h2") ? "jdbc:h2:" + dir.resolve("records") : POSTGRES.newDatabase();
    }

    private static List<String> strings(RecordsStore store, String sql, String callId) throws SQLException {
        return OldStores.strings(store, sql, callId);
    }
}
