package org.centralita.runtime.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The statements of one transaction of {@link QueueEventStore} over {@code queue_events} and
 * {@code queue_calls}, prepared once and reused for every event of the batch.
 */
final class QueueEventRows implements AutoCloseable {

    /** A caller's visit to a queue as {@code queue_calls} holds it. */
    record Visit(String callId, String queue, long enteredEpoch, String outcome) { }

    private final PreparedStatement sameCallEvent;
    private final PreparedStatement sameAgentEvent;
    private final PreparedStatement insertEvent;
    private final PreparedStatement latestVisit;
    private final PreparedStatement insertVisit;
    private final PreparedStatement updateVisit;

    QueueEventRows(Connection connection) throws SQLException {
        sameCallEvent = connection.prepareStatement("SELECT COUNT(*) FROM queue_events WHERE call_id = ? AND kind = ?"
                + " AND queue_name = ? AND occurred_at BETWEEN ? AND ?");
        sameAgentEvent = connection.prepareStatement("SELECT COUNT(*) FROM queue_events WHERE agent = ? AND kind = ?"
                + " AND COALESCE(queue_name, '') = ? AND occurred_at BETWEEN ? AND ?");
        insertEvent = connection.prepareStatement("INSERT INTO queue_events (event_key, occurred_at, call_id,"
                + " queue_name, agent, kind, wait_s, talk_s, ring_s, position, detail, source)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        latestVisit = connection.prepareStatement("SELECT entered_epoch, outcome FROM queue_calls WHERE call_id = ?"
                + " AND queue_name = ? AND entered_epoch <= ? ORDER BY entered_epoch DESC FETCH FIRST 1 ROWS ONLY");
        insertVisit = connection.prepareStatement("INSERT INTO queue_calls (call_id, queue_name, entered_epoch,"
                + " outcome, agent, wait_s, talk_s) VALUES (?, ?, ?, ?, ?, ?, ?)");
        updateVisit = connection.prepareStatement("UPDATE queue_calls SET outcome = ?, agent = COALESCE(?, agent),"
                + " wait_s = COALESCE(?, wait_s), talk_s = COALESCE(?, talk_s)"
                + " WHERE call_id = ? AND queue_name = ? AND entered_epoch = ?");
    }

    /** Whether this event (or the same one from the other source, a few seconds off) is kept already. */
    boolean alreadyKept(QueueEvent event, int toleranceSeconds) throws SQLException {
        boolean byCall = event.callId() != null && event.queue() != null;
        if (!byCall && event.agent() == null) {
            return false;
        }
        PreparedStatement query = byCall ? sameCallEvent : sameAgentEvent;
        query.setString(1, byCall ? event.callId() : event.agent());
        query.setString(2, event.kind().name());
        query.setString(3, event.queue() == null ? "" : event.queue());
        query.setObject(4, event.at().minusSeconds(toleranceSeconds).atOffset(ZoneOffset.UTC));
        query.setObject(5, event.at().plusSeconds(toleranceSeconds).atOffset(ZoneOffset.UTC));
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    void insert(QueueEvent event) throws SQLException {
        insertEvent.setString(1, fit(event.key(), 600));
        insertEvent.setObject(2, event.at().atOffset(ZoneOffset.UTC));
        insertEvent.setString(3, fit(event.callId(), 128));
        insertEvent.setString(4, fit(event.queue(), 200));
        insertEvent.setString(5, fit(event.agent(), 200));
        insertEvent.setString(6, event.kind().name());
        setNumber(insertEvent, 7, event.waitSeconds());
        setNumber(insertEvent, 8, event.talkSeconds());
        setNumber(insertEvent, 9, event.ringMillis());
        setNumber(insertEvent, 10, event.position());
        insertEvent.setString(11, fit(event.detail(), 200));
        insertEvent.setString(12, event.source());
        insertEvent.executeUpdate();
    }

    /** The caller's latest visit to the queue that began by {@code epoch}. */
    Optional<Visit> latestVisit(String callId, String queue, long epoch) throws SQLException {
        latestVisit.setString(1, callId);
        latestVisit.setString(2, queue);
        latestVisit.setLong(3, epoch);
        try (ResultSet rows = latestVisit.executeQuery()) {
            return rows.next() ? Optional.of(new Visit(callId, queue, rows.getLong(1), rows.getString(2))) : Optional.empty();
        }
    }

    void insertVisit(Visit visit, String agent, Integer wait, Integer talk) throws SQLException {
        insertVisit.setString(1, fit(visit.callId(), 128));
        insertVisit.setString(2, fit(visit.queue(), 200));
        insertVisit.setLong(3, visit.enteredEpoch());
        insertVisit.setString(4, visit.outcome());
        insertVisit.setString(5, fit(agent, 200));
        setNumber(insertVisit, 6, wait);
        setNumber(insertVisit, 7, talk);
        insertVisit.executeUpdate();
    }

    void updateVisit(Visit visit, String outcome, String agent, Integer wait, Integer talk) throws SQLException {
        updateVisit.setString(1, outcome);
        updateVisit.setString(2, fit(agent, 200));
        setNumber(updateVisit, 3, wait);
        setNumber(updateVisit, 4, talk);
        updateVisit.setString(5, fit(visit.callId(), 128));
        updateVisit.setString(6, fit(visit.queue(), 200));
        updateVisit.setLong(7, visit.enteredEpoch());
        updateVisit.executeUpdate();
    }

    private static void setNumber(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static String fit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {sameCallEvent, sameAgentEvent, insertEvent,
                latestVisit, insertVisit, updateVisit}) {
            statement.close();
        }
    }
}
