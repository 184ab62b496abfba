package org.centralita.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Published flow versions kept in the store, so that every runtime sharing it serves the same
 * ones: publish (next version, atomically), list, read, activate an older one (roll back), and
 * watch for changes made by any runtime.
 */
public final class FlowVersions {

    /** The PostgreSQL notification channel a publish or an activation signals on. */
    static final String CHANNEL = "centralita_flow_versions";
    private static final int PUBLISH_ATTEMPTS = 5;
    private static final String COLUMNS = "flow_id, version, content_hash, published_at, published_by, active";

    private final RecordsStore store;

    FlowVersions(RecordsStore store) {
        this.store = store;
    }

    /**
     * Stores {@code bundle} as the flow's next version and makes it the active one. Publishing
     * the content of the active version again changes nothing and returns that version.
     */
    public FlowVersion publish(String flowId, FlowBundle bundle, String publishedBy) {
        String hash = bundle.hash();
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = store.connection()) {
                return inTransaction(connection, () -> publishIn(connection, flowId, bundle, hash, publishedBy));
            } catch (SQLException e) {
                // Two runtimes took the same next number at once: the loser takes the one after.
                if (!CallRecords.DUPLICATE_KEY.equals(e.getSQLState()) || attempt == PUBLISH_ATTEMPTS) {
                    throw new RecordsStoreException("could not publish flow " + flowId, e);
                }
            }
        }
    }

    /** Makes {@code version} the flow's active version (a roll-back when it is an older one). */
    public FlowVersion activate(String flowId, int version) {
        try (Connection connection = store.connection()) {
            return inTransaction(connection, () -> {
                if (find(connection, "WHERE flow_id = ? AND version = ?", flowId, version).isEmpty()) {
                    throw new RecordsStoreException("flow " + flowId + " has no published version " + version);
                }
                activateIn(connection, flowId, version);
                return find(connection, "WHERE flow_id = ? AND version = ?", flowId, version).get(0);
            });
        } catch (SQLException e) {
            throw new RecordsStoreException("could not activate version " + version + " of flow " + flowId, e);
        }
    }

    /** Every version of the flow, newest first. */
    public List<FlowVersion> list(String flowId) {
        return query("WHERE flow_id = ? ORDER BY version DESC", flowId);
    }

    /** The active version of every flow, by flow id. */
    public List<FlowVersion> active() {
        return query("WHERE active = TRUE ORDER BY flow_id");
    }

    public Optional<FlowVersion> active(String flowId) {
        return query("WHERE flow_id = ? AND active = TRUE", flowId).stream().findFirst();
    }

    public Optional<FlowVersion> get(String flowId, int version) {
        return query("WHERE flow_id = ? AND version = ?", flowId, version).stream().findFirst();
    }

    /** The files of one version, as published. */
    public Optional<FlowBundle> content(String flowId, int version) {
        String sql = "SELECT content FROM flow_versions WHERE flow_id = ? AND version = ?";
        try (Connection connection = store.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, flowId);
            statement.setInt(2, version);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(FlowBundle.fromJson(rows.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new RecordsStoreException("could not read version " + version + " of flow " + flowId, e);
        }
    }

    /**
     * Calls {@code onActivated} with each flow version that becomes active from now on, whichever
     * runtime published or activated it: at once through PostgreSQL's LISTEN/NOTIFY, within
     * {@code pollInterval} on H2. Close the returned watch to stop.
     */
    public FlowVersionWatch watch(Consumer<FlowVersion> onActivated, Duration pollInterval) {
        return FlowVersionWatch.start(store, onActivated, pollInterval);
    }

    private FlowVersion publishIn(Connection connection, String flowId, FlowBundle bundle, String hash,
                                  String publishedBy) throws SQLException {
        List<FlowVersion> current = find(connection, "WHERE flow_id = ? AND active = TRUE", flowId);
        if (!current.isEmpty() && current.get(0).contentHash().equals(hash)) {
            return current.get(0);
        }
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
        activateIn(connection, flowId, next);
        return find(connection, "WHERE flow_id = ? AND version = ?", flowId, next).get(0);
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

    private void activateIn(Connection connection, String flowId, int version) throws SQLException {
        String sql = "UPDATE flow_versions SET active = (version = ?) WHERE flow_id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, version);
            statement.setString(2, flowId);
            statement.executeUpdate();
        }
        if (store.postgres()) {
            // Delivered to every listening runtime when (and only if) the transaction commits.
            try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, flowId);
                notify.execute();
            }
        }
    }

    private List<FlowVersion> query(String where, Object... parameters) {
        try (Connection connection = store.connection()) {
            return find(connection, where, parameters);
        } catch (SQLException e) {
            throw new RecordsStoreException("could not read flow versions from " + store.describe(), e);
        }
    }

    private static List<FlowVersion> find(Connection connection, String where, Object... parameters)
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

    private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
