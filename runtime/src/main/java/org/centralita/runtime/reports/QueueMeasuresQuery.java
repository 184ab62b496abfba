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

    private static final String SELECT = "SELECT q.queue_name, %s, COUNT(*),"
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
            + " SUM(CASE WHEN q.outcome = 'answered' AND q.talk_s IS NOT NULL THEN COALESCE(q.hold_s, 0) ELSE 0 END)"
            + " FROM queue_calls q%s WHERE q.entered_epoch >= ? AND q.entered_epoch < ?%s"
            + " GROUP BY q.queue_name%s";

    /** The same sums from {@code queue_sums}, with the thresholds its rows were made with (columns 18-21), then hold. */
    private static final String SUMS = "SELECT queue_name, %s, SUM(offered), SUM(answered), SUM(abandoned),"
            + " SUM(short_abandoned), SUM(overflow_timeout), SUM(overflow_full), SUM(overflow_empty), SUM(left_with_key),"
            + " SUM(waiting), SUM(answered_in_time), SUM(answer_wait_s), MAX(longest_wait_s), SUM(abandon_wait_s),"
            + " SUM(talk_s), SUM(talked), MIN(short_abandon_s), MAX(short_abandon_s), MIN(service_level_s),"
            + " MAX(service_level_s), SUM(hold_s) FROM %s WHERE bucket >= ? AND bucket < ?%s GROUP BY queue_name%s";

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
        return query(period, false);
    }

    /** Per queue and quarter hour. */
    List<Bucket> buckets(ReportPeriod period) {
        return query(period, true);
    }

    private List<Bucket> query(ReportPeriod period, boolean perQuarter) {
        if (sums && period.onQuarterHours()) {
            List<Bucket> summed = summed(period, perQuarter);
            if (summed != null) {
                return summed;
            }
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(settings.shortAbandonSeconds());
        parameters.add(settings.shortAbandonSeconds());
        String serviceLevel = serviceLevelExpression(parameters);
        parameters.add(settings.shortAbandonSeconds());
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
        String bucket = perQuarter ? "q.entered_epoch / 900" : String.valueOf(period.from().getEpochSecond() / ReportInterval.BUCKET_SECONDS);
        String sql = String.format(SELECT, bucket, serviceLevel, join, where, perQuarter ? ", q.entered_epoch / 900" : "");
        try (Connection connection = store.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<Bucket> buckets = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    buckets.add(new Bucket(rows.getString(1),
                            Instant.ofEpochSecond(rows.getLong(2) * ReportInterval.BUCKET_SECONDS), measures(rows, 18)));
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
    private List<Bucket> summed(ReportPeriod period, boolean perQuarter) {
        String bucket = perQuarter ? "bucket" : String.valueOf(period.from().getEpochSecond() / ReportInterval.BUCKET_SECONDS);
        // one flow's visits: those attributed to it (by their call record), summed per flow
        String sql = String.format(SUMS, bucket, period.flow() == null ? "queue_sums" : "queue_flow_sums",
                (period.queue() == null ? "" : " AND queue_name = ?") + (period.flow() == null ? "" : " AND flow_id = ?"),
                perQuarter ? ", bucket" : "");
        try (Connection connection = store.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = 1;
            statement.setLong(next++, period.from().getEpochSecond() / ReportInterval.BUCKET_SECONDS);
            statement.setLong(next++, period.to().getEpochSecond() / ReportInterval.BUCKET_SECONDS);
            if (period.queue() != null) {
                statement.setString(next++, period.queue());
            }
            if (period.flow() != null) {
                statement.setString(next, period.flow());
            }
            List<Bucket> buckets = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String queue = rows.getString(1);
                    int level = settings.serviceLevelSeconds(queue);
                    if (rows.getInt(18) != settings.shortAbandonSeconds() || rows.getInt(19) != settings.shortAbandonSeconds()
                            || rows.getInt(20) != level || rows.getInt(21) != level) {
                        return null;
                    }
                    buckets.add(new Bucket(queue, Instant.ofEpochSecond(rows.getLong(2) * ReportInterval.BUCKET_SECONDS),
                            measures(rows, 22)));
                }
            }
            return buckets;
        } catch (SQLException e) {
            throw new RecordsStoreException("could not read the queue sums in " + store.describe(), e);
        }
    }

    /** Each queue's own service-level time, as a CASE over the queue name (parameters, never SQL text). */
    private String serviceLevelExpression(List<Object> parameters) {
        if (settings.serviceLevelSeconds().isEmpty()) {
            parameters.add(settings.defaultServiceLevelSeconds());
            return "?";
        }
        StringBuilder expression = new StringBuilder("CASE q.queue_name");
        for (Map.Entry<String, Integer> queue : settings.serviceLevelSeconds().entrySet()) {
            expression.append(" WHEN ? THEN ?");
            parameters.add(queue.getKey());
            parameters.add(queue.getValue());
        }
        parameters.add(settings.defaultServiceLevelSeconds());
        return expression.append(" ELSE ? END").toString();
    }

    /** A row's measures (its hold in column {@code holdColumn}), with its queue's wrap-up time after each completed call. */
    private QueueMeasures measures(ResultSet rows, int holdColumn) throws SQLException {
        return new QueueMeasures(rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7),
                rows.getLong(8), rows.getLong(9), rows.getLong(10), rows.getLong(11), rows.getLong(12),
                rows.getLong(13), rows.getLong(14), rows.getLong(15), rows.getLong(16), rows.getLong(17),
                rows.getLong(holdColumn), 0).withWrapUp(settings.wrapUpSeconds(rows.getString(1)));
    }
}
