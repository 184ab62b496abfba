package org.centralita.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements on {@code flow_versions} that {@link FlowVersions} runs inside its
 * transactions: find, lock a flow, insert and activate a version, notify the runtimes.
 */
final class FlowVersionRows {

    /** The PostgreSQL notification channel a publish or an activation signals on. */
    static final String CHANNEL = "centralita_flow_versions";
    /** Characters, not bytes, so kept well below PostgreSQL's 8000-byte limit even for non-ASCII ids. */
    private static final int MAX_PAYLOAD = 2000;
    private static final String COLUMNS = "flow_id, version, content_hash, published_at, published_by, active";

    private final boolean postgres;

    FlowVersionRows(boolean postgres) {
        this.postgres = postgres;
    }

    /** Inserts the flow's next version and makes it the active one. */
    FlowVersion insertActive(Connection connection, String flowId, FlowBundle bundle, String hash,
                             String publishedBy) throws SQLException {
        int next = nextVersion(connection, flowId);
        String sql = "INSERT INTO flow_versions (flow_id, version, content, content_hash, published_at,"
                + " published_by, active) VALUES (?, ?, ?, ?, ?, ?, FALSE)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, flowId);
            statement.setInt(2, next);
            statement.setString(3, bundle.toJson());
            statement.setString(4, hash);
            statement.setObject(5, CallRecords.utc(Instant.now()));
            statement.setString(6, publishedBy == null ? "" : publishedBy);
            statement.executeUpdate();
        }
        activate(connection, flowId, next);
        return find(connection, "WHERE flow_id = ? AND version = ?", flowId, next).get(0);
    }

    /**
     * On PostgreSQL, publishes and activations of one flow take turns (a lock held until the
     * transaction ends), so concurrent runtimes never race for the same version number. H2 is a
     * single runtime's store; its rare collision is retried by {@link FlowVersions#publish}.
     */
    void lockFlow(Connection connection, String flowId) throws SQLException {
        if (!postgres) {
            return;
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "centralita.flow_versions." + flowId);
            lock.execute();
        }
    }

    private static int nextVersion(Connection connection, String flowId) throws SQLException {
        String sql = "SELECT COALESCE(MAX(version), 0) + 1 FROM flow_versions WHERE flow_id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, flowId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    void activate(Connection connection, String flowId, int version) throws SQLException {
        String sql = "UPDATE flow_versions SET active = (version = ?) WHERE flow_id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, version);
            statement.setString(2, flowId);
            statement.executeUpdate();
        }
    }

    /**
     * One notification for the whole transaction, delivered to every listening runtime when (and
     * only if) it commits; its payload names the flows for whoever listens with psql.
     */
    void signal(Connection connection, List<String> flowIds) throws SQLException {
        if (!postgres || flowIds.isEmpty()) {
            return;
        }
        String payload = String.join(",", flowIds);
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            // PostgreSQL refuses payloads of 8000 bytes or more; listeners re-read the store anyway.
            notify.setString(2, payload.length() < MAX_PAYLOAD ? payload : flowIds.size() + " flows");
            notify.execute();
        }
    }

    List<FlowVersion> find(Connection connection, String where, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM flow_versions " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<FlowVersion> versions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    versions.add(new FlowVersion(rows.getString(1), rows.getInt(2), rows.getString(3),
                            CallRecords.instant(rows, 4), rows.getString(5), rows.getBoolean(6)));
                }
            }
            return versions;
        }
    }
}
