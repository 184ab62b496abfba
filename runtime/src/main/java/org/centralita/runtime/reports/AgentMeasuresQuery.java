package org.centralita.runtime.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.RecordsStoreException;

/**
 * Each agent's logged-in and paused time (membership events replayed from {@link #LOOKBACK}
 * before the period, so an agent logged in the day before counts from the period's start), and
 * the calls each answered.
 */
final class AgentMeasuresQuery {

    /** How far back log-ins are looked for: an agent logged in longer than this is not seen. */
    static final Duration LOOKBACK = Duration.ofDays(7);

    private static final String MEMBERSHIP = "SELECT agent, queue_name, kind, occurred_at FROM queue_events"
            + " WHERE agent IS NOT NULL AND kind IN ('ADDMEMBER', 'REMOVEMEMBER', 'AGENTLOGIN', 'AGENTLOGOFF',"
            + " 'PAUSE', 'UNPAUSE') AND occurred_at >= ? AND occurred_at < ?%s ORDER BY occurred_at";
    private static final String CALLS = "SELECT agent, queue_name, COUNT(*), SUM(COALESCE(talk_s, 0)),"
            + " SUM(CASE WHEN talk_s IS NULL THEN 0 ELSE 1 END),"
            + " SUM(CASE WHEN talk_s IS NULL THEN 0 ELSE COALESCE(hold_s, 0) END) FROM queue_calls"
            + " WHERE outcome = 'answered' AND agent IS NOT NULL AND entered_epoch >= ? AND entered_epoch < ?%s"
            + " GROUP BY agent, queue_name";
    private static final String RING = "SELECT agent, COUNT(*) FROM queue_events WHERE kind = 'RINGNOANSWER'"
            + " AND agent IS NOT NULL AND occurred_at >= ? AND occurred_at < ?%s GROUP BY agent";

    /** Calls answered, talk, rings, calls completed and hold from {@code agent_sums} (periods on quarter hours). */
    private static final String SUMS = "SELECT agent, queue_name, SUM(answered), SUM(talk_s), SUM(talked), SUM(hold_s),"
            + " SUM(ring_no_answer) FROM agent_sums WHERE bucket >= ? AND bucket < ?%s GROUP BY agent, queue_name";

    private final RecordsStore store;
    private final boolean sums;
    private final ReportSettings settings;

    AgentMeasuresQuery(RecordsStore store, boolean sums) {
        this(store, sums, ReportSettings.defaults());
    }

    /** With each queue's wrap-up time from {@code settings}. */
    AgentMeasuresQuery(RecordsStore store, boolean sums, ReportSettings settings) {
        this.store = store;
        this.sums = sums;
        this.settings = settings;
    }

    Map<String, AgentMeasures> agents(ReportPeriod period, Instant now) {
        Instant end = period.to().isAfter(now) ? now : period.to();
        Map<String, AgentTimeline> timelines = new TreeMap<>();
        Map<String, long[]> calls = new TreeMap<>();
        Map<String, Long> rings = new TreeMap<>();
        try (Connection connection = store.connection()) {
            timelines.putAll(timelines(connection, period, end));
            if (sums && period.onQuarterHours()) {
                summed(connection, period, calls, rings);
            } else {
                exact(connection, period, calls, rings);
            }
        } catch (SQLException e) {
            throw new RecordsStoreException("could not read the agents' events in " + store.describe(), e);
        }
        return measures(timelines, calls, rings);
    }

    /** Adds one agent's calls in one queue: answered, talk, completed, hold, wrap-up. */
    private void addCalls(Map<String, long[]> calls, String agent, String queue, long answered, long talk, long talked,
                          long hold) {
        long[] sums = calls.computeIfAbsent(agent, a -> new long[5]);
        sums[0] += answered;
        sums[1] += talk;
        sums[2] += talked;
        sums[3] += hold;
        sums[4] += talked * settings.wrapUpSeconds(queue);
    }

    private void summed(Connection connection, ReportPeriod period, Map<String, long[]> calls, Map<String, Long> rings)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(String.format(SUMS,
                period.queue() == null ? "" : " AND queue_name = ?"))) {
            bind(statement, period.from().getEpochSecond() / ReportInterval.BUCKET_SECONDS,
                    period.to().getEpochSecond() / ReportInterval.BUCKET_SECONDS, period.queue());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (rows.getLong(3) > 0) {
                        addCalls(calls, rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
                                rows.getLong(5), rows.getLong(6));
                    }
                    if (rows.getLong(7) > 0) {
                        rings.merge(rows.getString(1), rows.getLong(7), Long::sum);
                    }
                }
            }
        }
    }

    private void exact(Connection connection, ReportPeriod period, Map<String, long[]> calls, Map<String, Long> rings)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(String.format(CALLS,
                period.queue() == null ? "" : " AND queue_name = ?"))) {
            bind(statement, period.from().getEpochSecond(), period.to().getEpochSecond(), period.queue());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    addCalls(calls, rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                            rows.getLong(6));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(String.format(RING,
                period.queue() == null ? "" : " AND queue_name = ?"))) {
            bind(statement, utc(period.from()), utc(period.to()), period.queue());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rings.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
    }

    private static Map<String, AgentMeasures> measures(Map<String, AgentTimeline> timelines, Map<String, long[]> calls,
                                                       Map<String, Long> rings) {
        Map<String, AgentMeasures> agents = new TreeMap<>();
        java.util.Set<String> names = new java.util.TreeSet<>(timelines.keySet());
        names.addAll(calls.keySet());
        names.addAll(rings.keySet());
        for (String agent : names) {
            AgentTimeline timeline = timelines.get(agent);
            long[] answered = calls.getOrDefault(agent, new long[5]);
            agents.put(agent, new AgentMeasures(timeline == null ? 0 : timeline.loggedInSeconds(),
                    timeline == null ? 0 : timeline.pausedSeconds(), answered[0], answered[1], rings.getOrDefault(agent, 0L),
                    answered[2], answered[3], answered[4]));
        }
        return agents;
    }

    /** Every agent's membership and pause events replayed, up to the period's end. */
    Map<String, AgentTimeline> timelines(ReportPeriod period, Instant end) {
        try (Connection connection = store.connection()) {
            return timelines(connection, period, end);
        } catch (SQLException e) {
            throw new RecordsStoreException("could not read the agents' events in " + store.describe(), e);
        }
    }

    private static Map<String, AgentTimeline> timelines(Connection connection, ReportPeriod period, Instant end)
            throws SQLException {
        Map<String, AgentTimeline> timelines = new TreeMap<>();
        String queueFilter = period.queue() == null ? "" : " AND (queue_name = ? OR queue_name IS NULL)";
        try (PreparedStatement statement = connection.prepareStatement(String.format(MEMBERSHIP, queueFilter))) {
            bind(statement, utc(period.from().minus(LOOKBACK)), utc(period.to()), period.queue());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    timelines.computeIfAbsent(rows.getString(1), a -> new AgentTimeline(period.from(), end))
                            .apply(QueueEventKind.valueOf(rows.getString(3)), rows.getString(2),
                                    rows.getObject(4, OffsetDateTime.class).toInstant());
                }
            }
        }
        return timelines;
    }

    private static void bind(PreparedStatement statement, Object from, Object to, String queue) throws SQLException {
        statement.setObject(1, from);
        statement.setObject(2, to);
        if (queue != null) {
            statement.setString(3, queue);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
