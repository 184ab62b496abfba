package org.centralita.runtime.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.RecordsStoreException;

/** Sums the call records ({@code calls}, {@code rejected_calls}) per flow and quarter hour in the database. */
final class FlowMeasuresQuery {

    /** The measures of one flow in one quarter hour. */
    record Bucket(String flow, Instant start, FlowMeasures measures) { }

    private static final String BUCKET = "CAST(FLOOR(EXTRACT(EPOCH FROM started_at) / 900) AS BIGINT)";
    private static final String CALLS = "SELECT %s, %s, COUNT(*),"
            + " SUM(CASE WHEN outcome = 'hangup' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN outcome = 'caller-hangup' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN outcome = 'queue' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN outcome = 'transfer' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN outcome = 'voicemail' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN outcome = 'callback' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN outcome = 'error' THEN 1 ELSE 0 END),"
            + " SUM(duration_ms)"
            + " FROM calls WHERE started_at >= ? AND started_at < ?%s GROUP BY %s";
    private static final String REJECTED = "SELECT %s, %s, COUNT(*) FROM rejected_calls"
            + " WHERE at_epoch >= ? AND at_epoch < ?%s GROUP BY %s";

    /** The same sums from {@code flow_sums} (periods on quarter hours). */
    private static final String SUMS = "SELECT %s, %s, SUM(calls), SUM(contained), SUM(abandoned_ivr),"
            + " SUM(to_queue), SUM(transferred), SUM(voicemail), SUM(callback), SUM(errors), SUM(duration_ms)"
            + " FROM flow_sums WHERE bucket >= ? AND bucket < ?%s GROUP BY %s";

    private final RecordsStore store;
    private final boolean sums;

    FlowMeasuresQuery(RecordsStore store, boolean sums) {
        this.store = store;
        this.sums = sums;
    }

    /** The whole period per flow (each bucket starts at the period's start). */
    List<Bucket> totals(ReportPeriod period) {
        return query(period, null);
    }

    /**
     * All the period's flows (or its one flow) together per interval, grouped in the database;
     * each bucket starts at the first quarter hour of its interval that has calls, and its flow is ''.
     */
    List<Bucket> intervals(ReportPeriod period, ReportInterval interval) {
        return query(period, IntervalGroups.of(period, interval));
    }

    private List<Bucket> query(ReportPeriod period, IntervalGroups groups) {
        List<Bucket> buckets = new ArrayList<>();
        String whole = String.valueOf(period.from().getEpochSecond() / ReportInterval.BUCKET_SECONDS);
        String flowFilter = period.flow() == null ? "" : " AND flow_id = ?";
        String queueFilter = period.queue() == null ? "" : " AND queue_name = ?";
        boolean summed = sums && period.onQuarterHours();
        String sql = summed ? String.format(SUMS, groups == null ? "flow_id" : "''", groups == null ? whole : "MIN(bucket)",
                flowFilter + queueFilter, groups == null ? "flow_id" : groups.groupBy("bucket"))
                : String.format(CALLS, groups == null ? "flow_id" : "''", groups == null ? whole : "MIN(" + BUCKET + ")",
                flowFilter + queueFilter, groups == null ? "flow_id" : groups.groupBy(BUCKET));
        try (Connection connection = store.connection()) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = summed ? bindPeriod(statement, period.from().getEpochSecond() / ReportInterval.BUCKET_SECONDS,
                        period.to().getEpochSecond() / ReportInterval.BUCKET_SECONDS, period)
                        : bindPeriod(statement, period.from().atOffset(ZoneOffset.UTC), period.to().atOffset(ZoneOffset.UTC), period);
                if (period.queue() != null) {
                    statement.setString(next, period.queue());
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        buckets.add(new Bucket(rows.getString(1), start(rows), new FlowMeasures(rows.getLong(3),
                                rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8),
                                rows.getLong(9), rows.getLong(10), 0, rows.getLong(11))));
                    }
                }
            }
            if (period.queue() == null) {
                String bucket = "at_epoch / " + ReportInterval.BUCKET_SECONDS;
                try (PreparedStatement statement = connection.prepareStatement(groups == null
                        ? String.format(REJECTED, "COALESCE(flow_id, '')", whole, flowFilter, "COALESCE(flow_id, '')")
                        : String.format(REJECTED, "''", "MIN(" + bucket + ")", flowFilter, groups.groupBy(bucket)))) {
                    bindPeriod(statement, period.from().getEpochSecond(), period.to().getEpochSecond(), period);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            buckets.add(new Bucket(rows.getString(1), start(rows),
                                    new FlowMeasures(0, 0, 0, 0, 0, 0, 0, 0, rows.getLong(3), 0)));
                        }
                    }
                }
            }
            return buckets;
        } catch (SQLException e) {
            throw new RecordsStoreException("could not sum the call records in " + store.describe(), e);
        }
    }

    private static int bindPeriod(PreparedStatement statement, Object from, Object to, ReportPeriod period) throws SQLException {
        statement.setObject(1, from);
        statement.setObject(2, to);
        if (period.flow() != null) {
            statement.setString(3, period.flow());
            return 4;
        }
        return 3;
    }

    private static Instant start(ResultSet rows) throws SQLException {
        return Instant.ofEpochSecond(rows.getLong(2) * ReportInterval.BUCKET_SECONDS);
    }
}
