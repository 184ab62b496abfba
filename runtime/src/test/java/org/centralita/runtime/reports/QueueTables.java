package org.centralita.runtime.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.centralita.runtime.store.RecordsStore;

/** Reads the queue tables back for assertions, with plain SQL independent of the code under test. */
final class QueueTables {

    /** One row of queue_calls. */
    record VisitRow(String callId, String queue, long enteredEpoch, String outcome, String agent, Integer waitSeconds, Integer talkSeconds) { }

    private QueueTables() {
    }

    static long count(RecordsStore store, String sql) throws SQLException {
        try (Connection connection = store.connection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static List<VisitRow> visits(RecordsStore store) throws SQLException {
        String sql = "SELECT call_id, queue_name, entered_epoch, outcome, agent, wait_s, talk_s FROM queue_calls"
                + " ORDER BY entered_epoch, call_id";
        try (Connection connection = store.connection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<VisitRow> visits = new ArrayList<>();
            while (rows.next()) {
                visits.add(new VisitRow(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                        rows.getString(5), (Integer) rows.getObject(6), (Integer) rows.getObject(7)));
            }
            return visits;
        }
    }
}
