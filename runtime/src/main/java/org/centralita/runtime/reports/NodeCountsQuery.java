package org.centralita.runtime.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.RecordsStoreException;

/**
 * Counts, from the stored call traces, how a flow's calls entered and left each node: the next
 * node after each {@code enter} event (a window function, the same SQL on H2 and PostgreSQL), or
 * the call's end when there was none.
 */
final class NodeCountsQuery {

    private static final String CALLS_OF_FLOW = " FROM call_events ev JOIN calls c ON c.call_id = ev.call_id"
            + " WHERE ev.event = 'enter' AND c.flow_id = ? AND c.started_at >= ? AND c.started_at < ?";
    private static final String REACHED = "SELECT ev.node, COUNT(DISTINCT ev.call_id), COUNT(*)" + CALLS_OF_FLOW
            + " GROUP BY ev.node ORDER BY ev.node";
    private static final String EXITS = "SELECT node, next_node, CASE WHEN next_node IS NULL THEN outcome END, COUNT(*)"
            + " FROM (SELECT ev.node AS node, c.outcome AS outcome,"
            + " LEAD(ev.node) OVER (PARTITION BY ev.call_id ORDER BY ev.seq) AS next_node" + CALLS_OF_FLOW + ") steps"
            + " GROUP BY node, next_node, CASE WHEN next_node IS NULL THEN outcome END ORDER BY node, 4 DESC";

    /** The same counts from the sums per quarter hour ('' stands for none). */
    private static final String SUMMED_PERIOD = " WHERE flow_id = ? AND bucket >= ? AND bucket < ?";
    private static final String REACHED_SUMS = "SELECT node, SUM(calls), SUM(visits) FROM node_sums" + SUMMED_PERIOD
            + " GROUP BY node ORDER BY node";
    private static final String EXITS_SUMS = "SELECT node, next_node, ended, SUM(passes) FROM node_exit_sums" + SUMMED_PERIOD
            + " GROUP BY node, next_node, ended";
    /** Most taken first; ties in a fixed order (none first), whichever database. */
    private static final Comparator<NodeCounts.Exit> WAYS = Comparator.comparingLong(NodeCounts.Exit::count).reversed()
            .thenComparing(NodeCounts.Exit::to, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(NodeCounts.Exit::ended, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final RecordsStore store;
    private final boolean sums;

    NodeCountsQuery(RecordsStore store, boolean sums) {
        this.store = store;
        this.sums = sums;
    }

    List<NodeCounts> nodes(ReportPeriod period, String flow) {
        Map<String, long[]> reached = new LinkedHashMap<>();
        Map<String, List<NodeCounts.Exit>> exits = new LinkedHashMap<>();
        boolean summed = sums && period.onQuarterHours();
        try (Connection connection = store.connection()) {
            try (PreparedStatement statement = bound(connection, summed ? REACHED_SUMS : REACHED, period, flow, summed);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reached.put(none(rows.getString(1)), new long[] {rows.getLong(2), rows.getLong(3)});
                }
            }
            try (PreparedStatement statement = bound(connection, summed ? EXITS_SUMS : EXITS, period, flow, summed);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    exits.computeIfAbsent(none(rows.getString(1)), n -> new ArrayList<>())
                            .add(new NodeCounts.Exit(none(rows.getString(2)), none(rows.getString(3)), rows.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new RecordsStoreException("could not count the nodes of flow " + flow + " in " + store.describe(), e);
        }
        List<NodeCounts> nodes = new ArrayList<>();
        reached.forEach((node, counts) -> {
            List<NodeCounts.Exit> ways = exits.getOrDefault(node, List.of()).stream().sorted(WAYS).toList();
            long hungUp = ways.stream().filter(w -> "caller-hangup".equals(w.ended())).mapToLong(NodeCounts.Exit::count).sum();
            nodes.add(new NodeCounts(node, counts[0], counts[1], hungUp, List.copyOf(ways)));
        });
        return nodes;
    }

    private static PreparedStatement bound(Connection connection, String sql, ReportPeriod period, String flow,
                                           boolean summed) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, flow);
        if (summed) {
            statement.setLong(2, period.from().getEpochSecond() / ReportInterval.BUCKET_SECONDS);
            statement.setLong(3, period.to().getEpochSecond() / ReportInterval.BUCKET_SECONDS);
        } else {
            statement.setObject(2, period.from().atOffset(ZoneOffset.UTC));
            statement.setObject(3, period.to().atOffset(ZoneOffset.UTC));
        }
        return statement;
    }

    /** The sums keep '' for none. */
    private static String none(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
