package org.centralita.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The sums per quarter hour that the supervisor reports read (migration V21, docs/reports.md):
 * the differences one transaction makes are gathered here, then written in key order (so two
 * writers never wait on each other crosswise) with one batch per table, in that transaction.
 * Each count is made exactly as the report's query over the rows themselves makes it.
 */
public final class ReportSums {

    /** A quarter hour: the epoch second divided by this. */
    public static final int BUCKET_SECONDS = 900;

    public static final SumTable FLOWS = new SumTable("flow_sums", List.of("flow_id", "queue_name"), List.of(
            SumTable.add("calls"), SumTable.add("contained"), SumTable.add("abandoned_ivr"), SumTable.add("to_queue"),
            SumTable.add("transferred"), SumTable.add("voicemail"), SumTable.add("callback"), SumTable.add("errors"),
            SumTable.add("duration_ms")));
    public static final SumTable NODES = new SumTable("node_sums", List.of("flow_id", "node"), List.of(
            SumTable.add("calls"), SumTable.add("visits")));
    public static final SumTable NODE_EXITS = new SumTable("node_exit_sums", List.of("flow_id", "node", "next_node", "ended"),
            List.of(SumTable.add("passes")));
    public static final SumTable QUEUES = new SumTable("queue_sums", List.of("queue_name"), List.of(
            new SumTable.Column("short_abandon_s", SumTable.Kind.SAME), new SumTable.Column("service_level_s", SumTable.Kind.SAME),
            SumTable.add("offered"), SumTable.add("answered"), SumTable.add("abandoned"), SumTable.add("short_abandoned"),
            SumTable.add("overflow_timeout"), SumTable.add("overflow_full"), SumTable.add("overflow_empty"),
            SumTable.add("left_with_key"), SumTable.add("waiting"), SumTable.add("answered_in_time"),
            SumTable.add("answer_wait_s"), new SumTable.Column("longest_wait_s", SumTable.Kind.MAX),
            SumTable.add("abandon_wait_s"), SumTable.add("talk_s"), SumTable.add("talked"), SumTable.add("hold_s")));
    /** The same as {@link #QUEUES}, per flow too, for the visits whose call's flow is known. */
    public static final SumTable QUEUE_FLOWS = new SumTable("queue_flow_sums", List.of("queue_name", "flow_id"),
            QUEUES.columns());
    public static final SumTable AGENTS = new SumTable("agent_sums", List.of("agent", "queue_name"), List.of(
            SumTable.add("answered"), SumTable.add("talk_s"), SumTable.add("ring_no_answer"), SumTable.add("talked"),
            SumTable.add("hold_s")));

    private static final List<SumTable> TABLES = List.of(FLOWS, NODES, NODE_EXITS, QUEUES, QUEUE_FLOWS, AGENTS);
    /** Visits not yet attributed to a flow whose call record is there, with their sums row's thresholds. */
    private static final String UNATTRIBUTED = "SELECT q.call_id, q.queue_name, q.entered_epoch, q.outcome, q.agent,"
            + " q.wait_s, q.talk_s, c.flow_id, s.short_abandon_s, s.service_level_s, q.hold_s FROM queue_calls q"
            + " JOIN calls c ON c.call_id = q.call_id"
            + " JOIN queue_sums s ON s.bucket = q.entered_epoch / 900 AND s.queue_name = q.queue_name"
            + " WHERE q.flow_id IS NULL AND ";
    /** Calls whose nodes {@link #rebuild} sums before writing what they add up to. */
    private static final int SUM_CALLS_PER_WRITE = 10_000;
    private static final String[] QUEUE_OUTCOMES = {"timeout", "full", "empty", "key", "waiting"};

    private final Map<SumTable, Map<String, Row>> rows = new TreeMap<>((a, b) -> a.name().compareTo(b.name()));

    private record Row(long bucket, String[] keys, long[] values) { }

    /** The quarter hour of an epoch second. */
    public static long bucket(long epochSecond) {
        return Math.floorDiv(epochSecond, BUCKET_SECONDS);
    }

    /**
     * Adds a call record (as {@link CallRecords} writes it: values cut to their columns) and the
     * nodes it entered, in order ({@link CallNodes#entered}).
     */
    public void addCall(CallRecord call, String flowId, String queue, String outcome, List<String> nodes) {
        long bucket = bucket(call.startedAt().getEpochSecond());
        add(FLOWS, bucket, new String[] {flowId, text(queue)}, 1, is(outcome, "hangup"), is(outcome, "caller-hangup"),
                is(outcome, "queue"), is(outcome, "transfer"), is(outcome, "voicemail"), is(outcome, "callback"),
                is(outcome, "error"), call.durationMs());
        addNodes(bucket, flowId, outcome, nodes);
    }

    /**
     * Adds the nodes a call of {@code flowId} entered, in order, to the node sums of the quarter
     * hour it started in: each node reached once per call and visited each time, and each step to
     * the next node entered, or, after the last, to the call's end ({@code outcome}).
     */
    void addNodes(long bucket, String flowId, String outcome, List<String> nodes) {
        Map<String, Boolean> reached = new TreeMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String node = text(nodes.get(i));
            String next = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
            add(NODES, bucket, new String[] {flowId, node}, reached.put(node, true) == null ? 1 : 0, 1);
            add(NODE_EXITS, bucket, new String[] {flowId, node, text(next), next == null ? text(outcome) : ""}, 1);
        }
    }

    /**
     * Adds ({@code sign} 1) or takes back ({@code sign} -1) a caller's visit to a queue as it
     * stands, with the thresholds of the counts that depend on them. The longest wait is never
     * taken back (a maximum cannot be): a visit's wait only becomes known, it does not shrink.
     */
    public void addVisit(int sign, String queue, String flowId, long enteredEpoch, String outcome, String agent,
                         Integer wait, Integer talk, Integer hold, int shortAbandonSeconds, int serviceLevelSeconds) {
        long bucket = bucket(enteredEpoch);
        long waited = wait == null ? 0 : wait;
        boolean answered = is(outcome, "answered") == 1;
        boolean abandoned = is(outcome, "abandoned") == 1 && waited >= shortAbandonSeconds;
        boolean shortAbandoned = is(outcome, "abandoned") == 1 && waited < shortAbandonSeconds;
        boolean talked = answered && talk != null;
        long[] values = {shortAbandonSeconds, serviceLevelSeconds, 1, flag(answered), flag(abandoned), flag(shortAbandoned),
                is(outcome, QUEUE_OUTCOMES[0]), is(outcome, QUEUE_OUTCOMES[1]), is(outcome, QUEUE_OUTCOMES[2]),
                is(outcome, QUEUE_OUTCOMES[3]), is(outcome, QUEUE_OUTCOMES[4]), flag(answered && waited <= serviceLevelSeconds),
                answered ? waited : 0, sign > 0 ? waited : 0, abandoned && wait != null ? waited : 0,
                talked ? talk : 0, flag(talked), talked && hold != null ? hold : 0};
        for (int i = 2; i < values.length; i++) {
            if (i != 13) {
                values[i] *= sign;
            }
        }
        add(QUEUES, bucket, new String[] {text(queue)}, values);
        if (flowId != null) {
            add(QUEUE_FLOWS, bucket, new String[] {text(queue), flowId}, values.clone());
        }
        if (answered && agent != null) {
            add(AGENTS, bucket, new String[] {agent, text(queue)}, sign, sign * (talk == null ? 0L : talk), 0,
                    sign * flag(talked), sign * (talked && hold != null ? hold : 0L));
        }
    }

    /** Adds an agent's phone that rang out (RINGNOANSWER). */
    public void addRing(String agent, String queue, long epochSecond) {
        add(AGENTS, bucket(epochSecond), new String[] {agent, text(queue)}, 0, 0, 1, 0, 0);
    }

    /**
     * Attributes to their call's flow the visits of {@code callId} (a call record just written)
     * that are not yet, and adds them to the sums per flow; in the caller's transaction.
     */
    public static void attribute(Connection connection, boolean postgres, String callId) throws SQLException {
        attribute(connection, postgres, List.of(callId));
    }

    /**
     * The same for several call records just written (in one transaction): one statement run for
     * each, always the same text, so the database parses and plans it once per connection (an
     * {@code IN} list as long as the calls was a new statement for each number of calls: H2 parsed
     * and planned the three tables' join again for most transactions, a fifth of the records
     * writer's time; docs/benchmarks.md, fifth round).
     */
    public static void attribute(Connection connection, boolean postgres, List<String> callIds) throws SQLException {
        if (callIds.isEmpty()) {
            return;
        }
        List<Object[]> each = new ArrayList<>(callIds.size());
        callIds.forEach(id -> each.add(new Object[] {id}));
        attribute(connection, postgres, "q.call_id = ?", each);
    }

    /**
     * The same for the visits that began in [{@code fromEpoch}, {@code toEpoch}] (a batch of queue
     * events: the call records may have come first, or at the same moment).
     */
    public static void attribute(Connection connection, boolean postgres, long fromEpoch, long toEpoch) throws SQLException {
        attribute(connection, postgres, "q.entered_epoch >= ? AND q.entered_epoch <= ?",
                List.<Object[]>of(new Object[] {fromEpoch, toEpoch}));
    }

    /** Runs the select of unattributed visits once for each set of parameters, and attributes what it finds. */
    private static void attribute(Connection connection, boolean postgres, String where, List<Object[]> parameterSets)
            throws SQLException {
        ReportSums sums = new ReportSums();
        try (PreparedStatement select = connection.prepareStatement(UNATTRIBUTED + where);
             PreparedStatement update = connection.prepareStatement("UPDATE queue_calls SET flow_id = ?"
                     + " WHERE call_id = ? AND queue_name = ? AND entered_epoch = ? AND flow_id IS NULL")) {
            for (Object[] parameters : parameterSets) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        update.setString(1, rows.getString(8));
                        update.setString(2, rows.getString(1));
                        update.setString(3, rows.getString(2));
                        update.setLong(4, rows.getLong(3));
                        // another writer may have attributed it meanwhile: only the one that did adds it
                        if (update.executeUpdate() == 1) {
                            sums.addFlowVisit(rows.getString(2), rows.getString(8), rows.getLong(3), rows.getString(4),
                                    rows.getString(5), (Integer) rows.getObject(6), (Integer) rows.getObject(7),
                                    (Integer) rows.getObject(11), rows.getInt(9), rows.getInt(10));
                        }
                    }
                }
            }
        }
        sums.write(connection, postgres);
    }

    /** A visit newly attributed to a flow: into the sums per flow only (it is in the queue's sums already). */
    private void addFlowVisit(String queue, String flowId, long enteredEpoch, String outcome, String agent, Integer wait,
                              Integer talk, Integer hold, int shortAbandonSeconds, int serviceLevelSeconds) {
        ReportSums visit = new ReportSums();
        visit.addVisit(1, queue, flowId, enteredEpoch, outcome, agent, wait, talk, hold, shortAbandonSeconds,
                serviceLevelSeconds);
        Row row = visit.rows.get(QUEUE_FLOWS).values().iterator().next();
        add(QUEUE_FLOWS, row.bucket(), row.keys(), row.values());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Writes the differences gathered (in the caller's transaction) and forgets them. */
    public void write(Connection connection, boolean postgres) throws SQLException {
        for (Map.Entry<SumTable, Map<String, Row>> table : rows.entrySet()) {
            try (PreparedStatement statement = connection.prepareStatement(table.getKey().upsert(postgres))) {
                for (Row row : table.getValue().values()) {
                    int i = 1;
                    statement.setLong(i++, row.bucket());
                    for (String key : row.keys()) {
                        statement.setString(i++, key);
                    }
                    for (long value : row.values()) {
                        statement.setLong(i++, value);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
        rows.clear();
    }

    private void add(SumTable table, long bucket, String[] keys, long... values) {
        // any total order does (the same in every writer): rows are locked in it
        String key = bucket + "\u0000" + String.join("\u0000", keys);
        Map<String, Row> tableRows = rows.computeIfAbsent(table, t -> new TreeMap<>());
        Row row = tableRows.get(key);
        List<SumTable.Column> columns = table.columns();
        if (row == null) {
            row = new Row(bucket, keys, new long[values.length]);
            tableRows.put(key, row);
            for (int i = 0; i < values.length; i++) {
                row.values()[i] = columns.get(i).kind() == SumTable.Kind.SAME ? values[i] : 0;
            }
        }
        for (int i = 0; i < values.length; i++) {
            switch (columns.get(i).kind()) {
                case ADD -> row.values()[i] += values[i];
                case MAX -> row.values()[i] = Math.max(row.values()[i], values[i]);
                case SAME -> row.values()[i] = row.values()[i] == values[i] ? values[i] : -1;
            }
        }
    }

    private static long is(String value, String expected) {
        return expected.equals(value) ? 1 : 0;
    }

    private static long flag(boolean value) {
        return value ? 1 : 0;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * Sums every row already stored into the tables anew (they are emptied first), with the same
     * SQL on H2 and PostgreSQL: for a store written before the sums existed (migration V22), a
     * generated store (the benchmark), or after the thresholds changed.
     */
    public static void rebuild(Connection connection, int shortAbandonSeconds, int defaultServiceLevelSeconds,
                               Map<String, Integer> serviceLevelSeconds) throws SQLException {
        rebuild(connection, shortAbandonSeconds, defaultServiceLevelSeconds, serviceLevelSeconds, step -> { });
    }

    /** The same, telling {@code progress} of each table as it is filled ({@code centralita report rebuild-sums}). */
    public static void rebuild(Connection connection, int shortAbandonSeconds, int defaultServiceLevelSeconds,
                               Map<String, Integer> serviceLevelSeconds, Consumer<Step> progress) throws SQLException {
        rebuildAllButQueueFlows(connection, true, true, shortAbandonSeconds, defaultServiceLevelSeconds, serviceLevelSeconds,
                progress);
        rebuildQueueFlows(connection, true, shortAbandonSeconds, defaultServiceLevelSeconds, serviceLevelSeconds, progress);
    }

    /** One table of the sums filled anew: the rows it now holds, and how long filling it took. */
    public record Step(String table, long rows, Duration took) { }

    /**
     * The tables of migration 21 only (migration 22 runs before the visits have a flow); with
     * {@code hold} false, without the hold columns of migration 25 (migrations 22 and 24 run before it);
     * with {@code nodes} false, without the nodes of the calls' rows of migration 31 (the same).
     */
    static void rebuildAllButQueueFlows(Connection connection, boolean hold, boolean nodes, int shortAbandonSeconds,
                                        int defaultServiceLevelSeconds, Map<String, Integer> serviceLevelSeconds,
                                        Consumer<Step> progress) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (SumTable table : TABLES) {
                if (table != QUEUE_FLOWS) {
                    statement.executeUpdate("DELETE FROM " + table.name());
                }
            }
            String started = epochBucket("started_at");
            fill(statement, "flow_sums", progress, "INSERT INTO flow_sums (bucket, flow_id, queue_name, calls, contained,"
                    + " abandoned_ivr, to_queue, transferred, voicemail, callback, errors, duration_ms) SELECT " + started
                    + ", flow_id, COALESCE(queue_name, ''), COUNT(*), " + countOf("outcome", "hangup") + ", "
                    + countOf("outcome", "caller-hangup") + ", " + countOf("outcome", "queue") + ", "
                    + countOf("outcome", "transfer") + ", " + countOf("outcome", "voicemail") + ", "
                    + countOf("outcome", "callback") + ", " + countOf("outcome", "error") + ", SUM(duration_ms)"
                    + " FROM calls GROUP BY " + started + ", flow_id, COALESCE(queue_name, '')");
            String callStarted = epochBucket("c.started_at");
            // the calls written before migration 31 have their nodes entered as rows; the others, below
            String entered = " FROM call_events ev JOIN calls c ON c.call_id = ev.call_id WHERE ev.event = 'enter'"
                    + (nodes ? " AND c.nodes IS NULL" : "");
            fill(statement, "node_sums", progress, "INSERT INTO node_sums (bucket, flow_id, node, calls, visits) SELECT "
                    + callStarted + ", c.flow_id, COALESCE(ev.node, ''), COUNT(DISTINCT ev.call_id), COUNT(*)" + entered
                    + " GROUP BY " + callStarted + ", c.flow_id, COALESCE(ev.node, '')");
            String ended = "COALESCE(CASE WHEN next_node IS NULL THEN outcome END, '')";
            fill(statement, "node_exit_sums", progress, "INSERT INTO node_exit_sums (bucket, flow_id, node, next_node,"
                    + " ended, passes) SELECT b, flow_id, COALESCE(node, ''), COALESCE(next_node, ''), " + ended + ", COUNT(*)"
                    + " FROM (SELECT " + callStarted + " AS b, c.flow_id AS flow_id, ev.node AS node, c.outcome AS outcome,"
                    + " LEAD(ev.node) OVER (PARTITION BY ev.call_id ORDER BY ev.seq) AS next_node" + entered + ") steps"
                    + " GROUP BY b, flow_id, COALESCE(node, ''), COALESCE(next_node, ''), " + ended);
            if (nodes) {
                sumCallNodes(connection, progress);
            }
            fill(statement, "agent_sums", progress, "INSERT INTO agent_sums (bucket, agent, queue_name, answered, talk_s,"
                    + " ring_no_answer" + (hold ? ", talked, hold_s" : "") + ") SELECT b, agent, q, SUM(a), SUM(t), SUM(r)"
                    + (hold ? ", SUM(d), SUM(h)" : "") + " FROM (SELECT entered_epoch / 900 AS b, agent,"
                    + " queue_name AS q, 1 AS a, COALESCE(talk_s, 0) AS t, 0 AS r"
                    + (hold ? ", CASE WHEN talk_s IS NULL THEN 0 ELSE 1 END AS d,"
                    + " CASE WHEN talk_s IS NULL THEN 0 ELSE COALESCE(hold_s, 0) END AS h" : "")
                    + " FROM queue_calls WHERE outcome = 'answered' AND agent IS NOT NULL UNION ALL SELECT "
                    + epochBucket("occurred_at") + ", agent, COALESCE(queue_name, ''), 0, 0, 1" + (hold ? ", 0, 0" : "")
                    + " FROM queue_events WHERE kind = 'RINGNOANSWER' AND agent IS NOT NULL) x GROUP BY b, agent, q");
        }
        sumVisits(connection, false, hold, shortAbandonSeconds, defaultServiceLevelSeconds, serviceLevelSeconds, progress);
    }

    /**
     * Attributes every visit whose call record is there to its flow and sums the attributed visits
     * per flow anew (migration V24 for a store written before; part of {@link #rebuild}).
     */
    static void rebuildQueueFlows(Connection connection, boolean hold, int shortAbandonSeconds, int defaultServiceLevelSeconds,
                                  Map<String, Integer> serviceLevelSeconds, Consumer<Step> progress) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM queue_flow_sums");
            statement.executeUpdate("UPDATE queue_calls SET flow_id = (SELECT c.flow_id FROM calls c"
                    + " WHERE c.call_id = queue_calls.call_id) WHERE flow_id IS NULL");
        }
        sumVisits(connection, true, hold, shortAbandonSeconds, defaultServiceLevelSeconds, serviceLevelSeconds, progress);
    }

    /**
     * Adds to {@code node_sums} and {@code node_exit_sums} the nodes entered by the calls that keep
     * them in their row ({@code calls.nodes}, migration 31), counted as {@link #addNodes} counts
     * them when a call is written: the same counts the query over the rows makes for older calls.
     */
    private static void sumCallNodes(Connection connection, Consumer<Step> progress) throws SQLException {
        long start = System.nanoTime();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
        ReportSums sums = new ReportSums();
        long written = 0;
        int calls = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT call_id, started_at, flow_id, outcome, nodes FROM calls WHERE nodes IS NOT NULL")) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sums.addNodes(bucket(CallRecords.instant(rows, 2).getEpochSecond()), rows.getString(3),
                            rows.getString(4), CallNodes.read(rows.getString(1), rows.getString(5)));
                    // the sums rows of many calls, written now and then: they add to what is there
                    if (++calls % SUM_CALLS_PER_WRITE == 0) {
                        written += sums.rowCount();
                        sums.write(connection, postgres);
                    }
                }
            }
        }
        written += sums.rowCount();
        sums.write(connection, postgres);
        progress.accept(new Step("node_sums and node_exit_sums, from the nodes of " + calls + " calls", written,
                Duration.ofNanos(System.nanoTime() - start)));
    }

    /** The sums rows gathered, not yet written. */
    private long rowCount() {
        return rows.values().stream().mapToLong(Map::size).sum();
    }

    /** Runs one INSERT ... SELECT filling {@code table} and tells {@code progress}. */
    private static void fill(Statement statement, String table, Consumer<Step> progress, String sql) throws SQLException {
        long start = System.nanoTime();
        int rows = statement.executeUpdate(sql);
        progress.accept(new Step(table, rows, Duration.ofNanos(System.nanoTime() - start)));
    }

    /** Fills {@code queue_sums}, or {@code queue_flow_sums} from the attributed visits, with one INSERT ... SELECT. */
    private static void sumVisits(Connection connection, boolean perFlow, boolean hold, int shortAbandonSeconds,
                                  int defaultServiceLevelSeconds, Map<String, Integer> serviceLevelSeconds,
                                  Consumer<Step> progress) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(shortAbandonSeconds);
        String level = serviceLevel(defaultServiceLevelSeconds, serviceLevelSeconds, parameters);
        parameters.addAll(List.of(shortAbandonSeconds, shortAbandonSeconds));
        String inTime = serviceLevel(defaultServiceLevelSeconds, serviceLevelSeconds, parameters);
        parameters.add(shortAbandonSeconds);
        String wait = "COALESCE(wait_s, 0)";
        String sql = "INSERT INTO " + (perFlow ? "queue_flow_sums" : "queue_sums") + " (bucket, queue_name, "
                + (perFlow ? "flow_id, " : "") + "short_abandon_s, service_level_s, offered, answered,"
                + " abandoned, short_abandoned, overflow_timeout, overflow_full, overflow_empty, left_with_key, waiting,"
                + " answered_in_time, answer_wait_s, longest_wait_s, abandon_wait_s, talk_s, talked" + (hold ? ", hold_s" : "") + ")"
                + " SELECT entered_epoch / 900, queue_name, " + (perFlow ? "flow_id, " : "") + "CAST(? AS INTEGER), "
                + level + ", COUNT(*), " + countOf("outcome", "answered")
                + ", SUM(CASE WHEN outcome = 'abandoned' AND " + wait + " >= ? THEN 1 ELSE 0 END)"
                + ", SUM(CASE WHEN outcome = 'abandoned' AND " + wait + " < ? THEN 1 ELSE 0 END), "
                + Arrays.stream(QUEUE_OUTCOMES).map(o -> countOf("outcome", o)).reduce((a, b) -> a + ", " + b).orElseThrow()
                + ", SUM(CASE WHEN outcome = 'answered' AND " + wait + " <= " + inTime + " THEN 1 ELSE 0 END)"
                + ", SUM(CASE WHEN outcome = 'answered' THEN " + wait + " ELSE 0 END), MAX(" + wait + ")"
                + ", SUM(CASE WHEN outcome = 'abandoned' AND " + wait + " >= ? THEN COALESCE(wait_s, 0) ELSE 0 END)"
                + ", SUM(CASE WHEN outcome = 'answered' AND talk_s IS NOT NULL THEN talk_s ELSE 0 END)"
                + ", SUM(CASE WHEN outcome = 'answered' AND talk_s IS NOT NULL THEN 1 ELSE 0 END)"
                + (hold ? ", SUM(CASE WHEN outcome = 'answered' AND talk_s IS NOT NULL THEN COALESCE(hold_s, 0) ELSE 0 END)" : "")
                + " FROM queue_calls" + (perFlow ? " WHERE flow_id IS NOT NULL" : "")
                + " GROUP BY entered_epoch / 900, queue_name" + (perFlow ? ", flow_id" : "");
        long start = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            int rows = statement.executeUpdate();
            progress.accept(new Step(perFlow ? "queue_flow_sums" : "queue_sums", rows,
                    Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    /** A queue's service-level time as SQL over {@code queue_name} (values as parameters, never SQL text). */
    private static String serviceLevel(int defaultSeconds, Map<String, Integer> perQueue, List<Object> parameters) {
        if (perQueue.isEmpty()) {
            parameters.add(defaultSeconds);
            return "CAST(? AS INTEGER)";
        }
        StringBuilder expression = new StringBuilder("CASE queue_name");
        for (Map.Entry<String, Integer> queue : new TreeMap<>(perQueue).entrySet()) {
            expression.append(" WHEN CAST(? AS VARCHAR(200)) THEN CAST(? AS INTEGER)");
            parameters.add(queue.getKey());
            parameters.add(queue.getValue());
        }
        parameters.add(defaultSeconds);
        return expression.append(" ELSE CAST(? AS INTEGER) END").toString();
    }

    private static String countOf(String column, String value) {
        return "SUM(CASE WHEN " + column + " = '" + value + "' THEN 1 ELSE 0 END)";
    }

    private static String epochBucket(String timestamp) {
        return "CAST(FLOOR(EXTRACT(EPOCH FROM " + timestamp + ") / 900) AS BIGINT)";
    }
}
