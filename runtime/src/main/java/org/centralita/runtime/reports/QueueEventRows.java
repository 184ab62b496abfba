package org.centralita.runtime.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of one transaction of {@link QueueEventStore} over {@code queue_events} and
 * {@code queue_calls}, prepared once per batch; rows are written in JDBC batches.
 */
final class QueueEventRows implements AutoCloseable {

    private final PreparedStatement keptBetween;
    private final PreparedStatement sameCallEvent;
    private final PreparedStatement sameAgentEvent;
    private final PreparedStatement insertEvent;
    private final PreparedStatement visitsOf;
    private final PreparedStatement visitsOfCall;
    private final PreparedStatement insertVisit;
    private final PreparedStatement updateVisit;

    QueueEventRows(Connection connection) throws SQLException {
        keptBetween = connection.prepareStatement("SELECT kind, call_id, queue_name, agent, occurred_at FROM queue_events"
                + " WHERE occurred_at BETWEEN ? AND ?");
        sameCallEvent = connection.prepareStatement("SELECT COUNT(*) FROM queue_events WHERE call_id = ? AND kind = ?"
                + " AND COALESCE(queue_name, '') = ? AND occurred_at BETWEEN ? AND ?");
        sameAgentEvent = connection.prepareStatement("SELECT COUNT(*) FROM queue_events WHERE agent = ? AND kind = ?"
                + " AND COALESCE(queue_name, '') = ? AND occurred_at BETWEEN ? AND ?");
        insertEvent = connection.prepareStatement("INSERT INTO queue_events (event_key, occurred_at, call_id,"
                + " queue_name, agent, kind, wait_s, talk_s, ring_s, position, detail, source)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        visitsOf = connection.prepareStatement("SELECT entered_epoch, outcome, agent, wait_s, talk_s, flow_id, hold_s,"
                + " held_since, queue_name FROM queue_calls WHERE call_id = ? AND queue_name = ?");
        visitsOfCall = connection.prepareStatement("SELECT entered_epoch, outcome, agent, wait_s, talk_s, flow_id, hold_s,"
                + " held_since, queue_name FROM queue_calls WHERE call_id = ?");
        insertVisit = connection.prepareStatement("INSERT INTO queue_calls (call_id, queue_name, entered_epoch,"
                + " outcome, agent, wait_s, talk_s, hold_s, held_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        updateVisit = connection.prepareStatement("UPDATE queue_calls SET outcome = ?, agent = ?, wait_s = ?, talk_s = ?,"
                + " hold_s = ?, held_since = ? WHERE call_id = ? AND queue_name = ? AND entered_epoch = ?");
    }

    /** The events kept between two instants (a batch's span, widened by the tolerance). */
    KeptEvents keptBetween(Instant from, Instant to) throws SQLException {
        KeptEvents kept = new KeptEvents();
        keptBetween.setObject(1, from.atOffset(ZoneOffset.UTC));
        keptBetween.setObject(2, to.atOffset(ZoneOffset.UTC));
        try (ResultSet rows = keptBetween.executeQuery()) {
            while (rows.next()) {
                kept.add(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getObject(5, OffsetDateTime.class).toInstant());
            }
        }
        return kept;
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

    void addEvent(QueueEvent event) throws SQLException {
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
        insertEvent.addBatch();
    }

    void writeEvents() throws SQLException {
        insertEvent.executeBatch();
    }

    /** Every visit of the caller to the queue kept so far. */
    List<VisitBook.Visit> visits(String callId, String queue) throws SQLException {
        visitsOf.setString(1, fit(callId, 128));
        visitsOf.setString(2, fit(queue, 200));
        return visits(visitsOf, callId, queue);
    }

    /** Every visit of the caller to any queue kept so far (a hold names no queue). */
    List<VisitBook.Visit> visits(String callId) throws SQLException {
        visitsOfCall.setString(1, fit(callId, 128));
        return visits(visitsOfCall, callId, null);
    }

    private static List<VisitBook.Visit> visits(PreparedStatement query, String callId, String queue) throws SQLException {
        List<VisitBook.Visit> visits = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                VisitBook.Visit visit = new VisitBook.Visit(callId, queue != null ? queue : rows.getString(9), rows.getLong(1),
                        rows.getString(2), rows.getString(3), (Integer) rows.getObject(4), (Integer) rows.getObject(5),
                        (Integer) rows.getObject(7), (Long) rows.getObject(8), false);
                visit.flowId = rows.getString(6);
                visits.add(visit);
            }
        }
        return visits;
    }

    void insertVisits(List<VisitBook.Visit> visits) throws SQLException {
        for (VisitBook.Visit visit : visits) {
            insertVisit.setString(1, fit(visit.callId, 128));
            insertVisit.setString(2, fit(visit.queue, 200));
            insertVisit.setLong(3, visit.enteredEpoch);
            insertVisit.setString(4, visit.outcome);
            insertVisit.setString(5, fit(visit.agent, 200));
            setNumber(insertVisit, 6, visit.waitSeconds);
            setNumber(insertVisit, 7, visit.talkSeconds);
            setNumber(insertVisit, 8, visit.holdSeconds);
            setLong(insertVisit, 9, visit.heldSince);
            insertVisit.addBatch();
        }
        if (!visits.isEmpty()) {
            insertVisit.executeBatch();
        }
    }

    void updateVisits(List<VisitBook.Visit> visits) throws SQLException {
        for (VisitBook.Visit visit : visits) {
            updateVisit.setString(1, visit.outcome);
            updateVisit.setString(2, fit(visit.agent, 200));
            setNumber(updateVisit, 3, visit.waitSeconds);
            setNumber(updateVisit, 4, visit.talkSeconds);
            setNumber(updateVisit, 5, visit.holdSeconds);
            setLong(updateVisit, 6, visit.heldSince);
            updateVisit.setString(7, fit(visit.callId, 128));
            updateVisit.setString(8, fit(visit.queue, 200));
            updateVisit.setLong(9, visit.enteredEpoch);
            updateVisit.addBatch();
        }
        if (!visits.isEmpty()) {
            updateVisit.executeBatch();
        }
    }

    private static void setNumber(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static String fit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {keptBetween, sameCallEvent, sameAgentEvent,
                insertEvent, visitsOf, visitsOfCall, insertVisit, updateVisit}) {
            statement.close();
        }
    }
}
