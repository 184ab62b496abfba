package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written before the report sums existed gets its rows summed by migration 22. */
class ReportSumsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void shouldSumTheRowsAStoreAlreadyHeldWhenItIsMigrated() throws Exception {
        String url = "jdbc:h2:" + dir.resolve("old");
        // given a store at migration 20 holding a call (two nodes, then handed to sales) and its visit
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("20").load().migrate();
        try (Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO calls (call_id, flow_id, runtime_node, started_at, duration_ms, outcome,"
                    + " queue_name) VALUES ('a1', 'bank-main', 'n', TIMESTAMP WITH TIME ZONE '2026-12-07 09:07:30+00',"
                    + " 30000, 'queue', 'sales')");
            statement.executeUpdate("INSERT INTO call_events (call_id, seq, t_ms, event, node, payload) VALUES"
                    + " ('a1', 0, 0, 'start', NULL, '{}'), ('a1', 1, 0, 'enter', 'welcome', '{}'),"
                    + " ('a1', 2, 900, 'enter', 'sales-queue', '{}'), ('a1', 3, 30000, 'end', NULL, '{}')");
            statement.executeUpdate("INSERT INTO queue_calls (call_id, queue_name, entered_epoch, outcome, agent, wait_s,"
                    + " talk_s) VALUES ('a1', 'sales', 1796634480, 'answered', 'Ann', 12, 300)");
        }

        // when the runtime opens it
        try (RecordsStore store = RecordsStore.open(url)) {
            // then its rows are in the sums, in their quarter hours (09:00-09:15 UTC; 09:08 UTC)
            long quarter = java.time.Instant.parse("2026-12-07T09:00:00Z").getEpochSecond() / 900;
            assertThat(row(store, "SELECT bucket, calls, to_queue, duration_ms FROM flow_sums WHERE flow_id = 'bank-main'"
                    + " AND queue_name = 'sales'")).containsExactly(quarter, 1L, 1L, 30_000L);
            assertThat(row(store, "SELECT passes FROM node_exit_sums WHERE node = 'welcome' AND next_node = 'sales-queue'"))
                    .containsExactly(1L);
            assertThat(row(store, "SELECT passes FROM node_exit_sums WHERE node = 'sales-queue' AND ended = 'queue'"))
                    .containsExactly(1L);
            assertThat(row(store, "SELECT bucket, offered, answered, answered_in_time, talk_s, short_abandon_s, service_level_s"
                    + " FROM queue_sums WHERE queue_name = 'sales'")).containsExactly(1796634480L / 900, 1L, 1L, 1L, 300L, 5L, 20L);
            assertThat(row(store, "SELECT answered, talk_s FROM agent_sums WHERE agent = 'Ann'")).containsExactly(1L, 300L);
            // and the visit learned its call's flow (migrations 23 and 24)
            assertThat(row(store, "SELECT offered, answered, talk_s FROM queue_flow_sums WHERE queue_name = 'sales'"
                    + " AND flow_id = 'bank-main'")).containsExactly(1L, 1L, 300L);
        }
    }

    private static Long[] row(RecordsStore store, String sql) throws Exception {
        try (Connection connection = store.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            Long[] values = new Long[rows.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rows.getLong(i + 1);
            }
            return values;
        }
    }
}
