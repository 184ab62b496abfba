package org.centralita.runtime.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.centralita.runtime.store.CallNodes;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.RecordsStoreException;

/**
 * Counts, from the stored call traces, how a flow's calls entered and left each node: the next
 * node after each node entered, or the call's end when there was none. A call keeps the nodes it
 * entered in its row ({@code calls.nodes}, migration 31), counted here; a call written before has
 * its {@code enter} events as rows of {@code call_events}, counted by a window function over them
 * (the same SQL on H2 and PostgreSQL). Both give the same counts for the same calls.
 */
final class NodeCountsQuery {

    private static final String PERIOD = " c.flow_id = ? AND c.started_at >= ? AND c.started_at < ?";
    private static final String CALLS_OF_FLOW = " FROM call_events ev JOIN calls c ON c.call_id = ev.call_id"
            + " WHERE ev.event = 'enter' AND c.nodes IS NULL AND" + PERIOD;
    private static final String REACHED = "SELECT ev.node, COUNT(DISTINCT ev.call_id), COUNT(*)" + CALLS_OF_FLOW
            + " GROUP BY ev.node";
    private static final String EXITS = "SELECT node, next_node, CASE WHEN next_node IS NULL THEN outcome END, COUNT(*)"
            + " FROM (SELECT ev.node AS node, c.outcome AS outcome,"
            + " LEAD(ev.node) OVER (PARTITION BY ev.call_id ORDER BY ev.seq) AS next_node" + CALLS_OF_FLOW + ") steps"
            + " GROUP BY node, next_node, CASE WHEN next_node IS NULL THEN outcome END";
    /** The calls that keep the nodes they entered in their row. */
    private static final String CALL_NODES = "SELECT c.call_id, c.outcome, c.nodes FROM calls c WHERE c.nodes IS NOT NULL AND"
            + PERIOD;

    /** The same counts from the sums per quarter hour ('' stands for none). */
    private static final String SUMMED_PERIOD = " WHERE flow_id = ? AND bucket >= ? AND bucket < ?";
    private static final String REACHED_SUMS = "SELECT node, SUM(calls), SUM(visits) FROM node_sums" + SUMMED_PERIOD
            + " GROUP BY node";
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
        Counts counts = new Counts();
        boolean summed = sums && period.onQuarterHours();
        try (Connection connection = store.connection()) {
            try (PreparedStatement statement = bound(connection, summed ? REACHED_SUMS : REACHED, period, flow, summed);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.reached(none(rows.getString(1)), rows.getLong(2), rows.getLong(3));
                }
            }
            try (PreparedStatement statement = bound(connection, summed ? EXITS_SUMS : EXITS, period, flow, summed);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.passed(none(rows.getString(1)), none(rows.getString(2)), none(rows.getString(3)), rows.getLong(4));
                }
            }
            if (!summed) {
                countCallNodes(connection, period, flow, counts);
            }
        } catch (SQLException e) {
            throw new RecordsStoreException("could not count the nodes of flow " + flow + " in " + store.describe(), e);
        }
        List<NodeCounts> nodes = new ArrayList<>();
        counts.reached.forEach((node, reached) -> {
            List<NodeCounts.Exit> ways = counts.exits.getOrDefault(node, Map.of()).entrySet().stream()
                    .map(way -> new NodeCounts.Exit(way.getKey().to(), way.getKey().ended(), way.getValue()[0]))
                    .sorted(WAYS).toList();
            long hungUp = ways.stream().filter(w -> "caller-hangup".equals(w.ended())).mapToLong(NodeCounts.Exit::count).sum();
            nodes.add(new NodeCounts(node, reached[0], reached[1], hungUp, List.copyOf(ways)));
        });
        return nodes;
    }

    /** Counts the nodes entered by the period's calls that keep them in their row, as the rows' query counts them. */
    private static void countCallNodes(Connection connection, ReportPeriod period, String flow, Counts counts)
            throws SQLException {
        try (PreparedStatement statement = bound(connection, CALL_NODES, period, flow, false)) {
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<String> entered = CallNodes.read(rows.getString(1), rows.getString(3));
                    String outcome = rows.getString(2);
                    Set<String> reached = new HashSet<>();
                    for (int i = 0; i < entered.size(); i++) {
                        String node = none(entered.get(i));
                        String next = i + 1 < entered.size() ? entered.get(i + 1) : null;
                        counts.reached(node, reached.add(node) ? 1 : 0, 1);
                        counts.passed(node, none(next), next == null ? none(outcome) : null, 1);
                    }
                }
            }
        }
    }

    /** The counts by node (none first, then by id, whichever database), and the ways out of each. */
    private static final class Counts {
        private final Map<String, long[]> reached = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        private final Map<String, Map<Way, long[]>> exits = new HashMap<>();

        void reached(String node, long calls, long visits) {
            long[] counts = reached.computeIfAbsent(node, n -> new long[2]);
            counts[0] += calls;
            counts[1] += visits;
        }

        void passed(String node, String to, String ended, long count) {
            exits.computeIfAbsent(node, n -> new HashMap<>()).computeIfAbsent(new Way(to, ended), w -> new long[1])[0] += count;
        }
    }

    private record Way(String to, String ended) { }

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
