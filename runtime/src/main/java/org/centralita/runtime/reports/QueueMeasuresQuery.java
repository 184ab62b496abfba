package org.centralita.runtime.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.RecordsStoreException;

/**
 * Sums {@code queue_calls} per queue and quarter hour in the database (the same SQL on H2 and
 * PostgreSQL), so that a report over a million calls reads a few hundred rows.
 */
final class QueueMeasuresQuery {

    /** The measures of one queue in one quarter hour. */
    record Bucket(String queue, Instant start, QueueMeasures measures) { }

    private static final String SELECT = "SELECT %s, %s, COUNT(*),"
            + " SUM(CASE WHEN q.outcome = 'answered' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN q.outcome = 'abandoned' AND COALESCE(q.wait_s, 0) >= ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN q.outcome = 'abandoned' AND COALESCE(q.wait_s, 0) < ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN q.outcome = 'timeout' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN q.outcome = 'full' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN q.outcome = 'empty' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN q.outcome = 'key' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN q.outcome = 'waiting' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN q.outcome = 'answered' AND COALESCE(q.wait_s, 0) <= %s THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN q.outcome = 'answered' THEN COALESCE(q.wait_s, 0) ELSE 0 END),"
            + " MAX(COALESCE(q.wait_s, 0)),"
            + " SUM(CASE WHEN q.outcome = 'abandoned' AND COALESCE(q.wait_s, 0) >= ? THEN q.wait_s ELSE 0 END),"
            + " SUM(CASE WHEN q.outcome = 'answered' AND q.talk_s IS NOT NULL THEN q.talk_s ELSE 0 END),"
            + " SUM(CASE WHEN q.outcome = 'answered' AND q.talk_s IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN q.outcome = 'answered' AND q.talk_s IS NOT NULL THEN COALESCE(q.hold_s, 0) ELSE 0 END),"
            + " SUM(CASE WHEN q.outcome = 'answered' AND q.talk_s IS NOT NULL THEN %s ELSE 0 END)"
            + " FROM queue_calls q%s WHERE q.entered_epoch >= ? AND q.entered_epoch < ?%s"
            + " GROUP BY %s";

    /**
     * The same sums from {@code queue_sums}, then hold and wrap-up; column 20 counts the rows made
     * with other thresholds than the report's (short abandon, the queue's service level).
     */
    private static final String SUMS = "SELECT %s, %s, SUM(offered), SUM(answered), SUM(abandoned),"
            + " SUM(short_abandoned), SUM(overflow_timeout), SUM(overflow_full), SUM(overflow_empty), SUM(left_with_key),"
            + " SUM(waiting), SUM(answered_in_time), SUM(answer_wait_s), MAX(longest_wait_s), SUM(abandon_wait_s),"
            + " SUM(talk_s), SUM(talked), SUM(hold_s), SUM(q.talked * %s),"
            + " SUM(CASE WHEN q.short_abandon_s = ? AND q.service_level_s = %s THEN 0 ELSE 1 END)"
            + " FROM %s q WHERE q.bucket >= ? AND q.bucket < ?%s GROUP BY %s";

    private final RecordsStore store;
    private final ReportSettings settings;
    private final boolean sums;

    QueueMeasuresQuery(RecordsStore store, ReportSettings settings, boolean sums) {
        this.store = store;
        this.settings = settings;
        this.sums = sums;
    }

    /** The whole period per queue (each bucket starts at the period's start). */
    List<Bucket> totals(ReportPeriod period) {
        return query(period, null);
    }

    /**
     * All the period's queues (or its one queue) together per interval, grouped in the database;
     * each bucket starts at the first quarter hour of its interval that has visits, and its queue is ''.
     */
    List<Bucket> intervals(ReportPeriod period, ReportInterval interval) {
        return query(period, IntervalGroups.of(period, interval));
    }

    private List<Bucket> query(ReportPeriod period, IntervalGroups groups) {
        if (sums && period.onQuarterHours()) {
            List<Bucket> summed = summed(period, groups);
            if (summed != null) {
                return summed;
            }
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(settings.shortAbandonSeconds());
        parameters.add(settings.shortAbandonSeconds());
        String serviceLevel = serviceLevelExpression(parameters);
        parameters.add(settings.shortAbandonSeconds());
        String wrapUp = wrapUpExpression(parameters);
        String join = "";
        if (period.flow() != null) {
            join = " JOIN calls c ON c.call_id = q.call_id AND c.flow_id = ?";
            parameters.add(period.flow());
        }
        parameters.add(period.from().getEpochSecond());
        parameters.add(period.to().getEpochSecond());
        String where = "";
        if (period.queue() != null) {
            where = " AND q.queue_name = ?";
            parameters.add(period.queue());
        }
        String bucket = "q.entered_epoch / " + ReportInterval.BUCKET_SECONDS;
        String sql = groups == null
                ? String.format(SELECT, "q.queue_name", whole(period), serviceLevel, wrapUp, join, where, "q.queue_name")
                : String.format(SELECT, "''", "MIN(" + bucket + ")", serviceLevel, wrapUp, join, where, groups.groupBy(bucket));
        try (Connection connection = store.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<Bucket> buckets = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    buckets.add(new Bucket(rows.getString(1),
                            Instant.ofEpochSecond(rows.getLong(2) * ReportInterval.BUCKET_SECONDS), measures(rows)));
                }
            }
            return buckets;
        } catch (SQLException e) {
            throw new RecordsStoreException("could not sum the queue calls in " + store.describe(), e);
        }
    }

    /**
     * The buckets from the sums per quarter hour, or null when some of their rows were made with
     * other thresholds than this report's (then the visits themselves are read).
     */
    private List<Bucket> summed(ReportPeriod period, IntervalGroups groups) {
        List<Object> parameters = new ArrayList<>();
        String wrapUp = wrapUpExpression(parameters);
        parameters.add(settings.shortAbandonSeconds());
        String serviceLevel = serviceLevelExpression(parameters);
        parameters.add(period.from().getEpochSecond() / ReportInterval.BUCKET_SECONDS);
        parameters.add(period.to().getEpochSecond() / ReportInterval.BUCKET_SECONDS);
        if (period.queue() != null) {
            parameters.add(period.queue());
        }
        if (period.flow() != null) {
            parameters.add(period.flow());
        }
        // one flow's visits: those attributed to it (by their call record), summed per flow
        String table = period.flow() == null ? "queue_sums" : "queue_flow_sums";
        String filters = (period.queue() == null ? "" : " AND q.queue_name = ?") + (period.flow() == null ? "" : " AND q.flow_id = ?");
        String sql = groups == null
                ? String.format(SUMS, "q.queue_name", whole(period), wrapUp, serviceLevel, table, filters, "q.queue_name")
                : String.format(SUMS, "''", "MIN(q.bucket)", wrapUp, serviceLevel, table, filters, groups.groupBy("q.bucket"));
        try (Connection connection = store.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<Bucket> buckets = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (rows.getLong(20) != 0) {
                        return null;
                    }
                    buckets.add(new Bucket(rows.getString(1),
                            Instant.ofEpochSecond(rows.getLong(2) * ReportInterval.BUCKET_SECONDS), measures(rows)));
                }
            }
            return buckets;
        } catch (SQLException e) {
            throw new RecordsStoreException("could not read the queue sums in " + store.describe(), e);
        }
    }

    /** The whole period as one bucket, as SQL: its first quarter hour. */
    private static String whole(ReportPeriod period) {
        return String.valueOf(period.from().getEpochSecond() / ReportInterval.BUCKET_SECONDS);
    }

    /** Each queue's own service-level time, as a CASE over the queue name (parameters, never SQL text). */
    private String serviceLevelExpression(List<Object> parameters) {
        return perQueue(settings.serviceLevelSeconds(), settings.defaultServiceLevelSeconds(), parameters);
    }

    /** Each queue's wrap-up time after a completed call: the sums add it up per interval of all queues. */
    private String wrapUpExpression(List<Object> parameters) {
        return perQueue(settings.wrapUpSeconds(), settings.defaultWrapUpSeconds(), parameters);
    }

    /** Seconds per queue (else {@code otherwise}) as a CASE over the queue name, its values parameters. */
    private static String perQueue(Map<String, Integer> seconds, int otherwise, List<Object> parameters) {
        if (seconds.isEmpty()) {
            parameters.add(otherwise);
            return "CAST(? AS INTEGER)";
        }
        StringBuilder expression = new StringBuilder("CASE q.queue_name");
        for (Map.Entry<String, Integer> queue : seconds.entrySet()) {
            expression.append(" WHEN CAST(? AS VARCHAR(200)) THEN CAST(? AS INTEGER)");
            parameters.add(queue.getKey());
            parameters.add(queue.getValue());
        }
        parameters.add(otherwise);
        return expression.append(" ELSE CAST(? AS INTEGER) END").toString();
    }

    /** A row's measures: hold in column 18, the wrap-up after the completed calls (each its queue's) in 19. */
    private static QueueMeasures measures(ResultSet rows) throws SQLException {
        return new QueueMeasures(rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7),
                rows.getLong(8), rows.getLong(9), rows.getLong(10), rows.getLong(11), rows.getLong(12),
                rows.getLong(13), rows.getLong(14), rows.getLong(15), rows.getLong(16), rows.getLong(17),
                rows.getLong(18), rows.getLong(19));
    }
}
