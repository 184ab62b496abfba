package org.centralita.runtime.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the {@code calls} and {@code call_events} tables (same SQL on H2 and PostgreSQL).
 * A call's whole trace is one value of its row ({@code calls.trace}, {@link StoredTrace}), and the
 * nodes it entered, which the reports read, another ({@code calls.nodes}, {@link CallNodes}): such
 * a call has no {@code call_events} rows. Calls written before migration 31 (or entering more nodes
 * than that column holds) have their {@code enter} events as rows instead; calls written before
 * migration 28, and a trace too long for the column, have every event as a row.
 */
public final class CallRecords {

    /** SQLState of a unique-key violation on both H2 and PostgreSQL: the call is already stored. */
    static final String DUPLICATE_KEY = "23505";
    /** The events kept as rows beside a trace without its nodes: the reports read the nodes entered. */
    private static final String ENTER = "enter";

    private static final String INSERT_CALL = "INSERT INTO calls (call_id, flow_id, flow_version,"
            + " runtime_node, ani, dnis, language, started_at, ended_at, duration_ms, outcome,"
            + " queue_name, last_node, error_message, trace, nodes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO call_events (call_id, seq, t_ms, event,"
            + " node, payload) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String SELECT_CALL = "SELECT call_id, flow_id, flow_version, runtime_node,"
            + " ani, dnis, language, started_at, ended_at, duration_ms, outcome, queue_name,"
            + " last_node, error_message FROM calls";

    private final RecordsStore store;

    CallRecords(RecordsStore store) {
        this.store = store;
    }

    /**
     * Writes one call and its events in one transaction.
     *
     * @return {@code false} when the call was already stored (a replay): nothing was written
     * @throws SQLException when the database failed; nothing of this call was written
     */
    public boolean insert(CallRecord call, List<CallEventRecord> events) throws SQLException {
        try (Connection connection = store.connection()) {
            connection.setAutoCommit(false);
            try {
                Stored stored = Stored.of(events);
                insertCall(connection, call, stored);
                insertEvents(connection, call.callId(), stored.rows());
                addToSums(connection, call, stored.nodes());
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        }
    }

    /**
     * Writes several calls and their events in one transaction: their rows in one JDBC batch (and
     * one of {@code call_events} rows when any call has them) and the report sums they add up to in
     * one update. All or nothing.
     *
     * @throws SQLException when any of them could not be written (one already stored, one the
     *     database refuses, the database failed); nothing was written
     */
    public void insertAll(List<RecordedCall> calls) throws SQLException {
        try (Connection connection = store.connection()) {
            connection.setAutoCommit(false);
            try {
                List<Stored> stored = new ArrayList<>(calls.size());
                boolean anyRows = false;
                try (PreparedStatement statement = connection.prepareStatement(INSERT_CALL)) {
                    for (RecordedCall call : calls) {
                        Stored one = Stored.of(call.events());
                        setCall(statement, call.call(), one);
                        statement.addBatch();
                        stored.add(one);
                        anyRows |= !one.rows().isEmpty();
                    }
                    statement.executeBatch();
                }
                if (anyRows) {
                    try (PreparedStatement statement = connection.prepareStatement(INSERT_EVENT)) {
                        for (int i = 0; i < calls.size(); i++) {
                            addEvents(statement, calls.get(i).call().callId(), stored.get(i).rows());
                        }
                        statement.executeBatch();
                    }
                }
                ReportSums sums = new ReportSums();
                List<String> callIds = new ArrayList<>(calls.size());
                for (int i = 0; i < calls.size(); i++) {
                    addToSums(sums, calls.get(i).call(), stored.get(i).nodes());
                    callIds.add(calls.get(i).call().callId());
                }
                sums.write(connection, store.postgres());
                ReportSums.attribute(connection, store.postgres(), callIds);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    public Optional<CallRecord> find(String callId) {
        List<CallRecord> found = query(SELECT_CALL + " WHERE call_id = ?", callId);
        return found.stream().findFirst();
    }

    /** Calls that started in [from, to), oldest first. */
    public List<CallRecord> startedBetween(Instant from, Instant to) {
        return query(SELECT_CALL + " WHERE started_at >= ? AND started_at < ? ORDER BY started_at, call_id",
                utc(from), utc(to));
    }

    /**
     * The call's whole trace, in order: from its row's trace, or, for a call written before
     * migration 28 (or with a trace too long for the column), from its rows of {@code call_events}.
     * Empty when the call is not stored.
     */
    public List<CallEventRecord> events(String callId) {
        try (Connection connection = store.connection()) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT trace FROM calls WHERE call_id = ?")) {
                statement.setString(1, callId);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return List.of();
                    }
                    String trace = rows.getString(1);
                    if (trace != null) {
                        return StoredTrace.read(trace);
                    }
                }
            }
            return eventRows(connection, callId);
        } catch (SQLException e) {
            throw new RecordsStoreException("could not read the events of call " + callId, e);
        } catch (IOException e) {
            throw new RecordsStoreException("the stored trace of call " + callId + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<CallEventRecord> eventRows(Connection connection, String callId) throws SQLException {
        String sql = "SELECT seq, t_ms, event, node, payload FROM call_events WHERE call_id = ? ORDER BY seq";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, callId);
            List<CallEventRecord> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(new CallEventRecord(rows.getInt(1), rows.getLong(2), rows.getString(3),
                            rows.getString(4), rows.getString(5)));
                }
            }
            return events;
        }
    }

    /**
     * How a call is kept: its trace and the nodes it entered as values of its row (either
     * {@code null} when it does not fit its column), the events kept as rows, and the nodes entered.
     */
    private record Stored(String trace, String nodesValue, List<CallEventRecord> rows, List<String> nodes) {

        static Stored of(List<CallEventRecord> events) {
            List<String> nodes = CallNodes.entered(events);
            String trace = StoredTrace.of(events);
            if (trace == null) {
                return new Stored(null, null, events, nodes);
            }
            String nodesValue = CallNodes.of(nodes);
            if (nodesValue != null) {
                return new Stored(trace, nodesValue, List.of(), nodes);
            }
            List<CallEventRecord> entered = new ArrayList<>();
            for (CallEventRecord event : events) {
                if (ENTER.equals(event.event())) {
                    entered.add(event);
                }
            }
            return new Stored(trace, null, entered, nodes);
        }
    }

    public long count() {
        try (Connection connection = store.connection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM calls");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new RecordsStoreException("could not count calls in " + store.describe(), e);
        }
    }

    private static void insertCall(Connection connection, CallRecord call, Stored stored) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_CALL)) {
            setCall(statement, call, stored);
            statement.executeUpdate();
        }
    }

    private static void setCall(PreparedStatement statement, CallRecord call, Stored stored) throws SQLException {
        statement.setString(1, call.callId());
        statement.setString(2, fit(call.flowId(), 200, ""));
        statement.setString(3, fit(call.flowVersion(), 64, null));
        statement.setString(4, fit(call.runtimeNode(), 200, ""));
        statement.setString(5, fit(call.ani(), 64, null));
        statement.setString(6, fit(call.dnis(), 64, null));
        statement.setString(7, fit(call.language(), 35, null));
        statement.setObject(8, utc(call.startedAt()));
        statement.setObject(9, utc(call.endedAt()));
        statement.setLong(10, call.durationMs());
        statement.setString(11, fit(call.outcome(), 32, null));
        statement.setString(12, fit(call.queue(), 200, null));
        statement.setString(13, fit(call.lastNode(), 200, null));
        statement.setString(14, fit(call.errorMessage(), 2000, null));
        statement.setString(15, stored.trace());
        statement.setString(16, stored.nodesValue());
    }

    /** The report sums of the call, as its row and nodes were just written (values cut alike). */
    private void addToSums(Connection connection, CallRecord call, List<String> nodes) throws SQLException {
        ReportSums sums = new ReportSums();
        addToSums(sums, call, nodes);
        sums.write(connection, store.postgres());
        // its visits to queues whose events came first learn their flow now
        ReportSums.attribute(connection, store.postgres(), call.callId());
    }

    private static void addToSums(ReportSums sums, CallRecord call, List<String> nodes) {
        sums.addCall(call, fit(call.flowId(), 200, ""), fit(call.queue(), 200, null), fit(call.outcome(), 32, null), nodes);
    }

    private static void insertEvents(Connection connection, String callId, List<CallEventRecord> events)
            throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT_EVENT)) {
            addEvents(statement, callId, events);
            statement.executeBatch();
        }
    }

    private static void addEvents(PreparedStatement statement, String callId, List<CallEventRecord> events)
            throws SQLException {
        for (CallEventRecord event : events) {
            statement.setString(1, callId);
            statement.setInt(2, event.seq());
            statement.setLong(3, event.tMs());
            statement.setString(4, fit(event.event(), 32, ""));
            statement.setString(5, fit(event.node(), 200, null));
            statement.setString(6, event.json());
            statement.addBatch();
        }
    }

    private List<CallRecord> query(String sql, Object... parameters) {
        try (Connection connection = store.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<CallRecord> calls = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    calls.add(callOf(rows));
                }
            }
            return calls;
        } catch (SQLException e) {
            throw new RecordsStoreException("could not read calls from " + store.describe(), e);
        }
    }

    private static CallRecord callOf(ResultSet rows) throws SQLException {
        return new CallRecord(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7), instant(rows, 8),
                instant(rows, 9), rows.getLong(10), rows.getString(11),
                rows.getString(12), rows.getString(13), rows.getString(14));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Cuts a value to its column so that an over-long value never makes a record unwritable. */
    private static String fit(String value, int length, String whenNull) {
        if (value == null) {
            return whenNull;
        }
        return value.length() <= length ? value : value.substring(0, length);
    }
}
