package org.centralita.runtime.reports;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.centralita.runtime.store.PostgresExtension;
import org.centralita.runtime.store.RecordsStore;

/**
 * The reports benchmark (docs/benchmarks.md): writes N generated calls (a month of them, with
 * their traces and queue visits) into H2 and into PostgreSQL, times each report over the whole
 * month, then times reading a generated queue_log into the store. Not a test: run by hand.
 *
 * <p>Arguments: {@code [calls] [queue_log events] [h2|postgres|both]}, default {@code 1000000 300000 both}.
 */
public final class ReportsBenchmark {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    private static final int DAYS = 30;
    private static final String[] FLOWS = {"bank-main", "card-lost", "billing"};
    private static final String[] QUEUES = {"sales", "support", "billing", "retention"};
    private static final String[] NODES = {"welcome", "menu", "identify"};
    private static final int BATCH = 5_000;

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
        String which = args.length > 2 ? args[2] : "both";
        System.out.printf("reports benchmark: %,d calls over %d days, %,d queue_log events; %d cores, load %.1f%n",
                calls, DAYS, events, Runtime.getRuntime().availableProcessors(), load());
        if (!which.equals("postgres")) {
            Path dir = Files.createTempDirectory("centralita-bench-h2");
            try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"))) {
                run("H2", store, calls, events);
            }
        }
        if (!which.equals("h2")) {
            PostgresExtension postgres = new PostgresExtension();
            postgres.beforeAll(null);
            try (RecordsStore store = RecordsStore.open(postgres.newDatabase() + "&reWriteBatchedInserts=true")) {
                run("PostgreSQL", store, calls, events);
            } finally {
                postgres.afterAll(null);
            }
        }
    }

    private static void run(String database, RecordsStore store, int calls, int events) throws Exception {
        long started = System.nanoTime();
        generate(store, calls);
        if (store.postgres()) {
            try (Connection connection = store.connection(); Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
        }
        System.out.printf("%s: %,d calls generated in %.0f s%n", database, calls, (System.nanoTime() - started) / 1e9);
        ZoneId zone = ZoneId.of("Europe/Madrid");
        ReportPeriod month = ReportPeriod.days(FIRST, FIRST.plusDays(DAYS - 1), zone);
        Reports reports = new Reports(store, ReportSettings.defaults(), Clock.systemUTC());
        ReportTables tables = new ReportTables(reports);
        time(database, "queues (month, per queue)", () -> tables.queues(month));
        time(database, "flows (month, per flow)", () -> tables.flows(month));
        time(database, "agents (month, per agent)", () -> tables.agents(month));
        time(database, "intervals (month, per hour)", () -> tables.intervals(month, ReportInterval.HOUR));
        time(database, "intervals (month, per 15 min)", () -> tables.intervals(month, ReportInterval.QUARTER));
        time(database, "queues (month, one flow)", () -> tables.queues(month.withFlow("bank-main")));
        time(database, "nodes (one day, one flow)", () -> tables.nodes(ReportPeriod.days(FIRST.plusDays(9),
                FIRST.plusDays(9), zone).withFlow("bank-main")));
        time(database, "nodes (month, one flow)", () -> tables.nodes(month.withFlow("bank-main")));
        ingest(database, store, events);
    }

    private static void time(String database, String report, Supplier<ReportTable> run) {
        run.get();
        double[] seconds = new double[3];
        int rows = 0;
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            rows = run.get().rows().size();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf("| %s | %s | %.2f s | %.2f s | %d rows | load %.1f |%n", database, report, seconds[1],
                seconds[2], rows, load());
    }

    private static void ingest(String database, RecordsStore store, int events) throws Exception {
        StringBuilder log = new StringBuilder();
        long epoch = FIRST.plusDays(DAYS).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < events / 3; i++) {
            String id = "q" + i;
            String queue = QUEUES[i % QUEUES.length];
            String agent = "agent-" + (i % 40);
            long at = epoch + i;
            int wait = random.nextInt(60);
            int talk = 30 + random.nextInt(400);
            log.append(at).append('|').append(id).append('|').append(queue).append("|NONE|ENTERQUEUE||5550000|1\n");
            log.append(at + wait).append('|').append(id).append('|').append(queue).append('|').append(agent)
                    .append("|CONNECT|").append(wait).append('|').append(id).append(".1|3\n");
            log.append(at + wait + talk).append('|').append(id).append('|').append(queue).append('|').append(agent)
                    .append("|COMPLETECALLER|").append(wait).append('|').append(talk).append("|1\n");
        }
        QueueLogImport importer = new QueueLogImport(new QueueEventStore(store));
        long start = System.nanoTime();
        QueueLogImport.Result result = importer.read(new BufferedReader(new StringReader(log.toString())), "queue_log");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("| %s | queue_log import | %,d events in %.1f s | %,.0f events/s | load %.1f |%n",
                database, result.stored(), seconds, result.stored() / seconds, load());
    }

    /** Writes the calls, their traces (3 nodes entered and the end) and their queue visits, in batches. */
    private static void generate(RecordsStore store, int calls) throws SQLException {
        SplittableRandom random = new SplittableRandom(42);
        long first = FIRST.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long spread = DAYS * 86_400L;
        try (Connection connection = store.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement call = connection.prepareStatement("INSERT INTO calls (call_id, flow_id, flow_version,"
                    + " runtime_node, ani, dnis, language, started_at, ended_at, duration_ms, outcome, queue_name, last_node)"
                    + " VALUES (?, ?, '1', 'node-a', '555', '100', 'en', ?, ?, ?, ?, ?, ?)");
                 PreparedStatement event = connection.prepareStatement("INSERT INTO call_events (call_id, seq, t_ms, event,"
                         + " node, payload) VALUES (?, ?, ?, ?, ?, '{}')");
                 PreparedStatement visit = connection.prepareStatement("INSERT INTO queue_calls (call_id, queue_name,"
                         + " entered_epoch, outcome, agent, wait_s, talk_s) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < calls; i++) {
                    String id = "g" + i;
                    long start = first + (spread * i) / calls;
                    String flow = FLOWS[random.nextInt(FLOWS.length)];
                    int kind = random.nextInt(100);
                    String outcome = kind < 60 ? "queue" : kind < 75 ? "hangup" : kind < 90 ? "caller-hangup"
                            : kind < 95 ? "transfer" : "error";
                    String queue = outcome.equals("queue") ? QUEUES[random.nextInt(QUEUES.length)] : null;
                    int nodes = outcome.equals("caller-hangup") ? 1 + random.nextInt(3) : 3;
                    call.setString(1, id);
                    call.setString(2, flow);
                    call.setObject(3, Instant.ofEpochSecond(start).atOffset(ZoneOffset.UTC));
                    call.setObject(4, Instant.ofEpochSecond(start + 40).atOffset(ZoneOffset.UTC));
                    call.setLong(5, 40_000);
                    call.setString(6, outcome);
                    call.setString(7, queue);
                    call.setString(8, NODES[nodes - 1]);
                    call.addBatch();
                    for (int n = 0; n < nodes; n++) {
                        addEvent(event, id, n, "enter", NODES[n]);
                    }
                    addEvent(event, id, nodes, "end", null);
                    if (queue != null) {
                        addVisit(visit, random, id, queue, start + 40);
                    }
                    if ((i + 1) % BATCH == 0) {
                        flush(connection, call, event, visit);
                    }
                }
                flush(connection, call, event, visit);
            }
        }
    }

    private static void addEvent(PreparedStatement event, String id, int seq, String name, String node) throws SQLException {
        event.setString(1, id);
        event.setInt(2, seq);
        event.setLong(3, seq * 1000L);
        event.setString(4, name);
        event.setString(5, node);
        event.addBatch();
    }

    private static void addVisit(PreparedStatement visit, SplittableRandom random, String id, String queue, long entered)
            throws SQLException {
        int kind = random.nextInt(100);
        String outcome = kind < 80 ? "answered" : kind < 92 ? "abandoned" : kind < 97 ? "timeout" : "empty";
        visit.setString(1, id);
        visit.setString(2, queue);
        visit.setLong(3, entered);
        visit.setString(4, outcome);
        visit.setString(5, outcome.equals("answered") ? "agent-" + random.nextInt(40) : null);
        visit.setInt(6, random.nextInt(180));
        if (outcome.equals("answered")) {
            visit.setInt(7, 30 + random.nextInt(600));
        } else {
            visit.setNull(7, java.sql.Types.INTEGER);
        }
        visit.addBatch();
    }

    private static void flush(Connection connection, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        connection.commit();
    }

    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return -1;
        }
    }

}
