package org.centralita.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Published flow versions kept in the store, so that every runtime sharing it serves the same
 * ones: publish (the next version of each flow of a bundle, all or none), list, read, activate
 * an older one (roll back), and watch for changes made by any runtime.
 */
public final class FlowVersions {

    private static final int PUBLISH_ATTEMPTS = 5;

    private final RecordsStore store;
    private final FlowVersionRows table;

    FlowVersions(RecordsStore store) {
        this.store = store;
        this.table = new FlowVersionRows(store.postgres());
    }

    /**
     * Stores {@code bundle} as the flow's next version and makes it the active one. Publishing
     * the content of the active version again changes nothing and returns that version.
     */
    public FlowVersion publish(String flowId, FlowBundle bundle, String publishedBy) {
        return publish(Map.of(flowId, bundle), publishedBy).get(flowId);
    }

    /**
     * Stores each flow's bundle as its next version and makes them all active in one transaction
     * with one notification, so every runtime sees all of them or none: when one cannot be saved
     * nothing is. A flow whose active version has the same content keeps it.
     *
     * @return each flow's active version after the publish, by flow id
     */
    public Map<String, FlowVersion> publish(Map<String, FlowBundle> bundles, String publishedBy) {
        // One order for every runtime's locks, so two bundles sharing flows never deadlock.
        SortedMap<String, FlowBundle> ordered = new TreeMap<>(bundles);
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = store.connection()) {
                return inTransaction(connection, () -> publishIn(connection, ordered, publishedBy));
            } catch (SQLException e) {
                // Two runtimes took the same next number at once: the loser takes the one after.
                if (!CallRecords.DUPLICATE_KEY.equals(e.getSQLState()) || attempt == PUBLISH_ATTEMPTS) {
                    throw new RecordsStoreException("could not publish " + describe(ordered.keySet())
                            + ", nothing was saved: " + firstLine(e.getMessage()), e);
                }
            }
        }
    }

    /** Makes {@code version} the flow's active version (a roll-back when it is an older one). */
    public FlowVersion activate(String flowId, int version) {
        try (Connection connection = store.connection()) {
            return inTransaction(connection, () -> {
                table.lockFlow(connection, flowId);
                if (table.find(connection, "WHERE flow_id = ? AND version = ?", flowId, version).isEmpty()) {
                    throw new RecordsStoreException("flow " + flowId + " has no published version " + version);
                }
                table.activate(connection, flowId, version);
                table.signal(connection, List.of(flowId));
                return table.find(connection, "WHERE flow_id = ? AND version = ?", flowId, version).get(0);
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
        return watchTogether(changed -> changed.forEach(onActivated), pollInterval);
    }

    /**
     * Like {@link #watch}, but the versions that became active together (one bundle's publish,
     * or whatever changed since the last reading) come in one call, so the listener can switch
     * them all at once.
     */
    public FlowVersionWatch watchTogether(Consumer<List<FlowVersion>> onActivated, Duration pollInterval) {
        return FlowVersionWatch.start(store, onActivated, pollInterval);
    }

    private Map<String, FlowVersion> publishIn(Connection connection, SortedMap<String, FlowBundle> bundles,
                                               String publishedBy) throws SQLException {
        Map<String, FlowVersion> active = new LinkedHashMap<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, FlowBundle> flow : bundles.entrySet()) {
            String flowId = flow.getKey();
            table.lockFlow(connection, flowId);
            try {
                String hash = flow.getValue().hash();
                List<FlowVersion> current = table.find(connection, "WHERE flow_id = ? AND active = TRUE", flowId);
                if (!current.isEmpty() && current.get(0).contentHash().equals(hash)) {
                    active.put(flowId, current.get(0));
                } else {
                    active.put(flowId, table.insertActive(connection, flowId, flow.getValue(), hash, publishedBy));
                    changed.add(flowId);
                }
            } catch (SQLException e) {
                // Name the flow that failed; the state still tells a retryable collision.
                throw new SQLException("flow " + flowId + ": " + firstLine(e.getMessage()), e.getSQLState(), e);
            }
        }
        table.signal(connection, changed);
        return active;
    }

    /** Drivers add the statement or the failing row's values on further lines: not for users. */
    private static String firstLine(String message) {
        if (message == null) {
            return "unknown database error";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private static String describe(Collection<String> flowIds) {
        return flowIds.size() == 1 ? "flow " + flowIds.iterator().next() : "flows " + String.join(", ", flowIds);
    }

    private List<FlowVersion> query(String where, Object... parameters) {
        try (Connection connection = store.connection()) {
            return table.find(connection, where, parameters);
        } catch (SQLException e) {
            throw new RecordsStoreException("could not read flow versions from " + store.describe(), e);
        }
    }

    private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollBack(connection, e);
            throw e;
        }
    }

    /** A broken connection cannot roll back (the server already did): keep the first failure, the telling one. */
    private static void rollBack(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
