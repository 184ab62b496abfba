package org.centralita.runtime.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.RecordsStoreException;

/** Keeps the calls the runtime refused (BUSY at capacity), which have no call record of their own. */
public final class RejectedCalls {

    private static final String DUPLICATE_KEY = "23505";

    private final RecordsStore store;

    public RejectedCalls(RecordsStore store) {
        this.store = store;
    }

    /** Keeps one refused call; a second report of the same call id changes nothing. */
    public void record(String callId, String flowId, String reason, Instant at) {
        try (Connection connection = store.connection();
             PreparedStatement statement = connection.prepareStatement(
                     "INSERT INTO rejected_calls (call_id, flow_id, reason, at_epoch) VALUES (?, ?, ?, ?)")) {
            statement.setString(1, callId);
            statement.setString(2, flowId);
            statement.setString(3, reason);
            statement.setLong(4, at.getEpochSecond());
            statement.executeUpdate();
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw new RecordsStoreException("could not keep the refused call " + callId, e);
            }
        }
    }
}
