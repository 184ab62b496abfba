package org.centralita.runtime.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.RecordsStoreException;

/**
 * Where the callers a queue overflowed (time-out, full, no agents) went next (docs/reports.md,
 * "Where overflowed calls went"): the next queue the same call entered, else how its call record
 * ended (the flow's path after the queue node's {@code overflow} outcome, in queue mode agi). Read
 * from the visits themselves, overflowed ones only (few of a period's calls).
 */
final class OverflowsQuery {

    /** Went to another queue: this, then its name. */
    static final String TO_QUEUE = "queue ";
    /** The call record ended with the hand-off to the queue itself: the dialplan decided what followed. */
    static final String DIALPLAN = "not known (dialplan)";
    /** No call record of the call (a call that never came through the runtime, or not yet written). */
    static final String NO_RECORD = "not known (no call record)";

    private static final Map<String, String> REASONS = Map.of(QueueVisit.TIMEOUT, "time-out", QueueVisit.FULL, "full",
            QueueVisit.EMPTY, "no agents");
    private static final List<String> REASON_ORDER = List.of("time-out", "full", "no agents");
    private static final Map<String, String> OUTCOMES = Map.of("voicemail", "voicemail", "transfer", "transferred",
            "callback", "callback", "hangup", "ended by the flow", "caller-hangup", "caller hung up", "error", "error");

    private static final String SELECT = "SELECT q.queue_name, q.outcome,"
            + " (SELECT n.queue_name FROM queue_calls n WHERE n.call_id = q.call_id AND n.entered_epoch >= q.entered_epoch"
            + " AND NOT (n.queue_name = q.queue_name AND n.entered_epoch = q.entered_epoch)"
            + " ORDER BY n.entered_epoch, n.queue_name FETCH FIRST 1 ROWS ONLY),"
            + " c.outcome, c.queue_name FROM queue_calls q LEFT JOIN calls c ON c.call_id = q.call_id"
            + " WHERE q.outcome IN ('timeout', 'full', 'empty') AND q.entered_epoch >= ? AND q.entered_epoch < ?%s";

    /** How many of a queue's overflowed callers, overflowed for one reason, went one way. */
    record Overflow(String queue, String reason, String wentTo, long calls) { }

    private final RecordsStore store;

    OverflowsQuery(RecordsStore store) {
        this.store = store;
    }

    /** By queue, then reason (time-out, full, no agents), then the most calls first. */
    List<Overflow> overflows(ReportPeriod period) {
        String where = (period.queue() == null ? "" : " AND q.queue_name = ?") + (period.flow() == null ? "" : " AND c.flow_id = ?");
        Map<List<String>, Long> counts = new HashMap<>();
        try (Connection connection = store.connection();
             PreparedStatement statement = connection.prepareStatement(String.format(SELECT, where))) {
            int next = 1;
            statement.setLong(next++, period.from().getEpochSecond());
            statement.setLong(next++, period.to().getEpochSecond());
            if (period.queue() != null) {
                statement.setString(next++, period.queue());
            }
            if (period.flow() != null) {
                statement.setString(next, period.flow());
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String queue = rows.getString(1);
                    List<String> key = List.of(queue, REASONS.get(rows.getString(2)),
                            wentTo(queue, rows.getString(3), rows.getString(4), rows.getString(5)));
                    counts.merge(key, 1L, Long::sum);
                }
            }
        } catch (SQLException e) {
            throw new RecordsStoreException("could not read the overflowed calls in " + store.describe(), e);
        }
        List<Overflow> overflows = new ArrayList<>();
        counts.forEach((key, calls) -> overflows.add(new Overflow(key.get(0), key.get(1), key.get(2), calls)));
        overflows.sort(Comparator.comparing(Overflow::queue).thenComparing(o -> REASON_ORDER.indexOf(o.reason()))
                .thenComparing(Overflow::calls, Comparator.reverseOrder()).thenComparing(Overflow::wentTo));
        return overflows;
    }

    /** Where an overflowed visit of {@code queue} went: the next queue entered, else the call record's end. */
    static String wentTo(String queue, String nextQueue, String callOutcome, String callQueue) {
        if (nextQueue != null) {
            return TO_QUEUE + nextQueue;
        }
        if (callOutcome == null) {
            return NO_RECORD;
        }
        if (callOutcome.equals("queue")) {
            return callQueue == null || callQueue.equals(queue) ? DIALPLAN : TO_QUEUE + callQueue;
        }
        return OUTCOMES.getOrDefault(callOutcome, callOutcome);
    }
}
