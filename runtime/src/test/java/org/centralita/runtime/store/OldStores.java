package org.centralita.runtime.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.flywaydb.core.Flyway;

/** Stores as an older runtime left them (migrated up to a version), and what their tables hold. */
final class OldStores {

    private OldStores() {
    }

    /** A connection to the store at {@code url} (H2 or PostgreSQL), migrated up to {@code version} only. */
    static Connection migratedTo(String url, String version) throws SQLException {
        String user = url.startsWith("jdbc:h2:") ? "sa" : null;
        String password = url.startsWith("jdbc:h2:") ? "" : null;
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .javaMigrations(FillReportSums.all(), FillReportSums.byFlow()).target(version).load().migrate();
        return DriverManager.getConnection(url, user, password);
    }

    /** Writes the events {@code kept} of call {@code callId} as rows of {@code call_events}, as older runtimes did. */
    static void writeEventRows(Connection connection, String callId, List<CallEventRecord> events,
                               Predicate<CallEventRecord> kept) throws SQLException {
        try (PreparedStatement event = connection.prepareStatement("INSERT INTO call_events (call_id, seq, t_ms, event,"
                + " node, payload) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (CallEventRecord e : events) {
                if (kept.test(e)) {
                    event.setString(1, callId);
                    event.setInt(2, e.seq());
                    event.setLong(3, e.tMs());
                    event.setString(4, e.event());
                    event.setString(5, e.node());
                    event.setString(6, e.json());
                    event.executeUpdate();
                }
            }
        }
    }

    /** The first column of {@code sql} (one parameter: a call id) in order. */
    static List<String> strings(RecordsStore store, String sql, String callId) throws SQLException {
        try (Connection connection = store.connection(); PreparedStatement statement = connection.prepareStatement(sql + " ORDER BY 1")) {
            statement.setString(1, callId);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
