package org.centralita.runtime.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.RecordsStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the calls the runtime refused (BUSY at capacity), which have no call record of their own. */
public final class RejectedCalls implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedCalls.class);
    private static final String DUPLICATE_KEY = "23505";

    private final RecordsStore store;
    /** Refusals are written off the AGI thread; beyond 10,000 waiting (a store down at a peak) they are only counted in metrics. */
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(10_000), runnable -> {
                Thread thread = new Thread(runnable, "rejected-calls");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

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

    /**
     * Keeps a refused call in the background: the refusing thread never waits on the store.
     *
     * @param callId the call's id (Asterisk's uniqueid), or null: then one is made up
     * @param flowId the flow the call asked for, or null
     */
    public void recordLater(String callId, String flowId, String reason, Instant at) {
        String id = callId == null || callId.isBlank() ? "refused-" + UUID.randomUUID() : callId;
        writer.execute(() -> {
            try {
                record(id, flowId, reason, at);
            } catch (RecordsStoreException e) {
                LOG.warn("a refused call could not be kept for the reports ({}); the refusal metric still counts it",
                        e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        writer.shutdown();
    }
}
