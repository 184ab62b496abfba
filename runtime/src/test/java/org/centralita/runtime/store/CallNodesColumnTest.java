package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.centralita.runtime.reports.NodeCounts;
import org.centralita.runtime.reports.ReportPeriod;
import org.centralita.runtime.reports.ReportSettings;
import org.centralita.runtime.reports.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Migration 31: the nodes a call entered as one value of its row, and no {@code call_events} rows
 * for it; the reports' node counts (off the quarter hours, and the sums rebuilt) read it, and read
 * the rows of calls written before exactly as they did. On H2 and a real PostgreSQL.
 */
class CallNodesColumnTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    /** 09:00-10:00 UTC, the hour the calls below start in. */
    private static final Instant HOUR = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void shouldKeepTheNodesEnteredInTheCallsRowAndWriteNoEventRows(String database) throws Exception {
        try (RecordsStore store = RecordsStore.open(newStore(database))) {
            // given a call whose only node entered is ask-pin, written alone, and two written together
            store.calls().insert(SampleCalls.call("t-1", "n"), SampleCalls.events("t-1"));
            store.calls().insertAll(List.of(new RecordedCall(SampleCalls.call("t-2", "n"), SampleCalls.events("t-2")),
                    new RecordedCall(SampleCalls.call("t-3", "n"), SampleCalls.events("t-3"))));
            // and a call entering three nodes, one of them twice
            store.calls().insert(call("t-4", "hangup", HOUR.plusSeconds(60)), events("welcome", "menu", "menu", "goodbye"));

            // then each call's row holds the nodes it entered, in order, and no event is a row
            for (String id : List.of("t-1", "t-2", "t-3")) {
                assertThat(strings(store, "SELECT nodes FROM calls WHERE call_id = ?", id)).containsExactly("[\"ask-pin\"]");
                assertThat(store.calls().events(id)).isEqualTo(SampleCalls.events(id));
            }
            assertThat(strings(store, "SELECT nodes FROM calls WHERE call_id = ?", "t-4"))
                    .containsExactly("[\"welcome\",\"menu\",\"menu\",\"goodbye\"]");
            assertThat(count(store, "SELECT COUNT(*) FROM call_events")).isZero();
            // and the report sums were added up from them as the call was written
            assertThat(count(store, "SELECT SUM(visits) FROM node_sums WHERE node = 'menu'")).isEqualTo(2);
            assertThat(count(store, "SELECT SUM(calls) FROM node_sums WHERE node = 'menu'")).isEqualTo(1);
            assertThat(count(store, "SELECT SUM(passes) FROM node_exit_sums WHERE node = 'goodbye' AND ended = 'hangup'"))
                    .isEqualTo(1);
        }
    }

    /**
     * Calls written at migration 30 (the trace in the row, the {@code enter} events as rows) and
     * at migration 27 (every event a row) are counted as before, alone and beside calls written
     * after migration 31, by the node counts off the quarter hours and by the sums rebuilt.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void shouldCountTheNodesOfCallsWrittenBeforeTheMigrationAsBeforeAndBesideNewCalls(String database) throws Exception {
        String url = newStore(database);
        // given a store at migration 30 holding three calls as the runtime wrote them then
        try (Connection connection = OldStores.migratedTo(url, "30")) {
            writeOld(connection, "o-1", "hangup", HOUR.plusSeconds(120), true, "welcome", "menu", "balance", "goodbye");
            writeOld(connection, "o-2", "queue", HOUR.plusSeconds(180), true, "welcome", "menu", "menu", "sales-queue");
            // (written before migration 28: every event a row, no trace)
            writeOld(connection, "o-3", "caller-hangup", HOUR.plusSeconds(240), false, "welcome");
        }

        try (RecordsStore store = RecordsStore.open(url)) {
            // when the runtime opens it (migration 31), its node counts off the quarter hours are the rows' as before
            Reports reports = new Reports(store, ReportSettings.defaults(), Clock.fixed(HOUR.plusSeconds(7200), ZoneOffset.UTC));
            ReportPeriod offQuarters = new ReportPeriod(HOUR.plusSeconds(1), HOUR.plusSeconds(3599), ZoneOffset.UTC, null,
                    "bank-main");
            ReportPeriod quarters = new ReportPeriod(HOUR, HOUR.plusSeconds(3600), ZoneOffset.UTC, null, "bank-main");
            assertThat(offQuarters.onQuarterHours()).isFalse();
            assertThat(quarters.onQuarterHours()).isTrue();
            assertThat(reports.nodes(offQuarters, "bank-main")).isEqualTo(expected(1));
            assertThat(strings(store, "SELECT nodes FROM calls WHERE call_id = ?", "o-1")).containsExactly((String) null);

            // and when the same three ways are taken by calls written now
            store.calls().insert(call("n-1", "hangup", HOUR.plusSeconds(300)), events("welcome", "menu", "balance", "goodbye"));
            store.calls().insertAll(List.of(
                    new RecordedCall(call("n-2", "queue", HOUR.plusSeconds(360)), events("welcome", "menu", "menu", "sales-queue")),
                    new RecordedCall(call("n-3", "caller-hangup", HOUR.plusSeconds(420)), events("welcome"))));

            // then the new calls have no rows, the old ones keep theirs
            assertThat(count(store, "SELECT COUNT(*) FROM call_events WHERE call_id LIKE 'n-%'")).isZero();
            assertThat(count(store, "SELECT COUNT(*) FROM call_events WHERE call_id LIKE 'o-%' AND event = 'enter'")).isEqualTo(9);
            // and every count is twice the old calls' alone
            assertThat(reports.nodes(offQuarters, "bank-main")).isEqualTo(expected(2));
            // and the sums the writer added are the new calls' (the old ones were written before the sums were kept)
            assertThat(reports.nodes(quarters, "bank-main")).isEqualTo(expected(1));

            // and the sums rebuilt count the old calls from their rows and the new ones from their row's nodes
            List<ReportSums.Step> steps = new ArrayList<>();
            try (Connection connection = store.connection()) {
                connection.setAutoCommit(false);
                ReportSums.rebuild(connection, 5, 20, Map.of(), steps::add);
                connection.commit();
            }
            assertThat(reports.nodes(quarters, "bank-main")).isEqualTo(expected(2));
            assertThat(steps).extracting(ReportSums.Step::table)
                    .contains("node_sums", "node_exit_sums", "node_sums and node_exit_sums, from the nodes of 3 calls");
            // and a period on quarter hours before the calls has no counts, from the sums or from the rows
            assertThat(reports.nodes(new ReportPeriod(HOUR.minusSeconds(900), HOUR, ZoneOffset.UTC, null, null),
                    "bank-main")).isEmpty();
        }
    }

    @Test
    void shouldKeepTheEnterRowsOfACallWhoseNodesDoNotFitTheColumn() throws Exception {
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
            // given a call whose events name nodes of 200 characters but whose trace is short (nodes not in its JSON)
            String node = "n".repeat(200);
            List<CallEventRecord> events = new ArrayList<>();
            for (int seq = 0; seq < 5_000; seq++) {
                events.add(new CallEventRecord(seq, seq, "enter", node, "{\"event\":\"enter\",\"t\":" + seq + "}"));
            }

            // when it is written
            store.calls().insert(call("big-1", "hangup", HOUR.plusSeconds(60)), events);

            // then its trace is in its row, its nodes entered (over the column's 1,000,000 characters) are rows
            assertThat(strings(store, "SELECT nodes FROM calls WHERE call_id = ?", "big-1")).containsExactly((String) null);
            assertThat(count(store, "SELECT COUNT(*) FROM call_events WHERE call_id = 'big-1'")).isEqualTo(5_000);
            assertThat(store.calls().events("big-1")).extracting(CallEventRecord::json)
                    .isEqualTo(events.stream().map(CallEventRecord::json).toList());
            // and the reports count them from the rows
            Reports reports = new Reports(store, ReportSettings.defaults(), Clock.fixed(HOUR.plusSeconds(7200), ZoneOffset.UTC));
            assertThat(reports.nodes(new ReportPeriod(HOUR.plusSeconds(1), HOUR.plusSeconds(3599), ZoneOffset.UTC, null, null),
                    "bank-main")).containsExactly(new NodeCounts(node, 1, 5_000, 0, List.of(
                            new NodeCounts.Exit(node, null, 4_999), new NodeCounts.Exit(null, "hangup", 1))));
        }
    }

    @Test
    void shouldSayWhichCallsNodesCannotBeRead() throws Exception {
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
            // given a call whose stored nodes were damaged in the database
            store.calls().insert(call("bad-1", "hangup", HOUR.plusSeconds(60)), events("welcome", "goodbye"));
            try (Connection connection = store.connection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE calls SET nodes = '[\"welcome\",' WHERE call_id = 'bad-1'");
            }

            // when its nodes are counted, then the failure names the call, not a parser's stack
            Reports reports = new Reports(store, ReportSettings.defaults(), Clock.fixed(HOUR.plusSeconds(7200), ZoneOffset.UTC));
            assertThatThrownBy(() -> reports.nodes(new ReportPeriod(HOUR.plusSeconds(1), HOUR.plusSeconds(3599),
                    ZoneOffset.UTC, null, null), "bank-main")).isInstanceOf(RecordsStoreException.class)
                    .hasMessageContaining("the nodes entered by call bad-1 cannot be read");
        }
    }

    /** The counts of the three ways (o-1, o-2, o-3 above), each taken {@code times} times. */
    private static List<NodeCounts> expected(long times) {
        return List.of(
                new NodeCounts("balance", times, times, 0, List.of(new NodeCounts.Exit("goodbye", null, times))),
                new NodeCounts("goodbye", times, times, 0, List.of(new NodeCounts.Exit(null, "hangup", times))),
                new NodeCounts("menu", 2 * times, 3 * times, 0, List.of(new NodeCounts.Exit("balance", null, times),
                        new NodeCounts.Exit("menu", null, times), new NodeCounts.Exit("sales-queue", null, times))),
                new NodeCounts("sales-queue", times, times, 0, List.of(new NodeCounts.Exit(null, "queue", times))),
                new NodeCounts("welcome", 3 * times, 3 * times, times, List.of(new NodeCounts.Exit("menu", null, 2 * times),
                        new NodeCounts.Exit(null, "caller-hangup", times))));
    }

    private static CallRecord call(String id, String outcome, Instant start) {
        return new CallRecord(id, "bank-main", "1", "n", "555", "100", "en", start, start.plusSeconds(30), 30_000, outcome,
                outcome.equals("queue") ? "sales" : null, null, null);
    }

    /** A start, an {@code enter} per node, an input between them, and the end. */
    private static List<CallEventRecord> events(String... nodes) {
        List<CallEventRecord> events = new ArrayList<>();
        events.add(new CallEventRecord(0, 0, "start", null, "{\"event\":\"start\",\"t\":0,\"flow\":\"bank-main\"}"));
        for (String node : nodes) {
            int seq = events.size();
            events.add(new CallEventRecord(seq, seq * 100L, "enter", node,
                    "{\"event\":\"enter\",\"t\":" + seq * 100 + ",\"node\":\"" + node + "\"}"));
            events.add(new CallEventRecord(seq + 1, seq * 100L + 50, "input", node,
                    "{\"event\":\"input\",\"t\":" + (seq * 100 + 50) + ",\"node\":\"" + node + "\",\"value\":\"1\"}"));
        }
        int seq = events.size();
        events.add(new CallEventRecord(seq, 30_000, "end", null, "{\"event\":\"end\",\"t\":30000}"));
        return events;
    }

    /**
     * A call as the runtime wrote it before migration 31: with {@code traced}, its trace in its row
     * and its {@code enter} events as rows (migrations 28-30), else every event as a row.
     */
    private static void writeOld(Connection connection, String id, String outcome, Instant start, boolean traced,
                                 String... nodes) throws SQLException {
        List<CallEventRecord> events = events(nodes);
        try (PreparedStatement call = connection.prepareStatement("INSERT INTO calls (call_id, flow_id, runtime_node,"
                + " started_at, duration_ms, outcome, trace) VALUES (?, 'bank-main', 'n', ?, 30000, ?, ?)")) {
            call.setString(1, id);
            call.setObject(2, CallRecords.utc(start));
            call.setString(3, outcome);
            call.setString(4, traced ? events.stream().map(CallEventRecord::json).collect(Collectors.joining(",", "[", "]")) : null);
            call.executeUpdate();
        }
        OldStores.writeEventRows(connection, id, events, e -> !traced || e.event().equals("enter"));
    }

    private String newStore(String database) throws Exception {
        return database.equals("h2") ? "jdbc:h2:" + dir.resolve("records") : POSTGRES.newDatabase();
    }

    private static long count(RecordsStore store, String sql) throws SQLException {
        try (Connection connection = store.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(RecordsStore store, String sql, String callId) throws SQLException {
        return OldStores.strings(store, sql, callId);
    }
}
