package org.centralita.runtime.reports;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.centralita.runtime.store.PostgresExtension;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.ReportSums;

/**
 * The reports benchmark (docs/benchmarks.md): writes N generated calls (a month of them, with
 * their traces and queue visits) into H2 and into PostgreSQL, times each report over the whole
 * month, then times reading a generated queue_log into the store. Not a test: run by hand.
 *
 * <p>Arguments: {@code [calls] [queue_log events] [h2|postgres|both|h2:PATH|postgres:URL]
 * [keep|generate]}, default {@code 1000000 300000 both}. With {@code keep} the generated H2 file or
 * PostgreSQL cluster is left in place, with {@code generate} too but nothing is timed;
 * {@code h2:PATH} and {@code postgres:URL} time such a store again without generating.
 */
public final class ReportsBenchmark {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    private static final int DAYS = 30;
    private static final String[] QUEUES = {"sales", "support", "billing", "retention"};

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
        String which = args.length > 2 ? args[2] : "both";
        System.out.printf("reports benchmark: %,d calls over %d days, %,d queue_log events; %d cores, load %.1f%n",
                calls, DAYS, events, Runtime.getRuntime().availableProcessors(), load());
        // "overflows": time that report alone on a store generated before, and ingest nothing
        boolean overflowsOnly = args.length > 3 && args[3].equals("overflows");
        if (which.startsWith("h2:")) {
            // an H2 store an earlier run generated (kept with "keep"): time the reports again, generate nothing
            try (RecordsStore store = RecordsStore.open(h2Url(Path.of(which.substring(3))))) {
                run("H2", store, 0, events, overflowsOnly);
            }
            return;
        }
        if (which.startsWith("postgres:")) {
            // a PostgreSQL database an earlier run generated (kept with "keep" or "generate"): time the reports again
            try (RecordsStore store = RecordsStore.open(which.substring("postgres:".length()))) {
                run("PostgreSQL", store, 0, events, overflowsOnly);
            }
            return;
        }
        // "generate": write the calls and keep the store, time nothing (generating is long: do it outside the bench lock)
        boolean generateOnly = args.length > 3 && args[3].equals("generate");
        boolean keep = generateOnly || args.length > 3 && args[3].equals("keep");
        if (!which.equals("postgres")) {
            Path dir = Files.createTempDirectory("centralita-bench-h2");
            try (RecordsStore store = RecordsStore.open(h2Url(dir.resolve("records")))) {
                run("H2", store, calls, generateOnly ? -1 : events, false);
            } finally {
                if (keep) {
                    System.out.printf("H2 kept: time it again with h2:%s%n", dir.resolve("records"));
                } else {
                    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(file);
                        }
                    }
                }
            }
        }
        if (!which.equals("h2")) {
            PostgresExtension postgres = new PostgresExtension();
            postgres.beforeAll(null);
            String url = postgres.newDatabase();
            try (RecordsStore store = RecordsStore.open(url)) {
                run("PostgreSQL", store, calls, generateOnly ? -1 : events, false);
            } finally {
                if (keep) {
                    System.out.printf("PostgreSQL kept: time it again with postgres:%s; stop it with"
                            + " pg_ctl -D %s stop (as the postgres user when run as root)%n", url, postgres.cluster().dataDirectory());
                } else {
                    postgres.afterAll(null);
                }
            }
        }
    }

    /**
     * H2 keeps the last result of a query and hands it back while no table changed: a benchmark
     * must not time that, so the option is off here.
     */
    private static String h2Url(Path file) {
        return "jdbc:h2:" + file + ";OPTIMIZE_REUSE_RESULTS=FALSE";
    }

    private static void run(String database, RecordsStore store, int calls, int events, boolean overflowsOnly)
            throws Exception {
        if (calls > 0) {
            long started = System.nanoTime();
            generate(store, calls);
            System.out.printf("%s: %,d calls generated in %.0f s; summing them per quarter hour%n", database, calls,
                    (System.nanoTime() - started) / 1e9);
            long summing = System.nanoTime();
            try (Connection connection = store.connection()) {
                // the generator writes rows with SQL, past the writers that keep the sums: sum them as migration 22 does
                ReportSums.rebuild(connection, ReportSettings.defaults().shortAbandonSeconds(),
                        ReportSettings.defaults().defaultServiceLevelSeconds(), Map.of());
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
            System.out.printf("%s: sums per quarter hour made in %.0f s%n", database, (System.nanoTime() - summing) / 1e9);
        }
        // a store generated before ("h2:PATH", "postgres:URL") was migrated on opening: its sums are kept up to date
        if (events < 0) {
            return;
        }
        if (store.postgres()) {
            try (Connection connection = store.connection(); Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
        }
        ZoneId zone = ZoneId.of("Europe/Madrid");
        ReportPeriod month = ReportPeriod.days(FIRST, FIRST.plusDays(DAYS - 1), zone);
        Reports reports = new Reports(store, ReportSettings.defaults(), Clock.systemUTC());
        ReportTables tables = new ReportTables(reports);
        if (overflowsOnly) {
            time(database, "overflows (month, where they went)", () -> tables.overflows(month));
            return;
        }
        time(database, "queues (month, per queue)", () -> tables.queues(month));
        time(database, "flows (month, per flow)", () -> tables.flows(month));
        time(database, "agents (month, per agent)", () -> tables.agents(month));
        time(database, "intervals (month, per hour)", () -> tables.intervals(month, ReportInterval.HOUR));
        time(database, "intervals (month, per 15 min)", () -> tables.intervals(month, ReportInterval.QUARTER));
        time(database, "queues (month, one flow)", () -> tables.queues(month.withFlow("bank-main")));
        time(database, "overflows (month, where they went)", () -> tables.overflows(month));
        time(database, "nodes (one day, one flow)", () -> tables.nodes(ReportPeriod.days(FIRST.plusDays(9),
                FIRST.plusDays(9), zone).withFlow("bank-main")));
        ingest(database, store, events);
        time(database, "nodes (month, one flow)", () -> tables.nodes(month.withFlow("bank-main")));
    }

    private static void time(String database, String report, Supplier<ReportTable> run) {
        run.get();
        double[] seconds = new double[3];
        double cpu = 0;
        int rows = 0;
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            rows = run.get().rows().size();
            seconds[i] = (System.nanoTime() - start) / 1e9;
            cpu += (processCpuNanos() - cpuStart) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf("| %s | %s | %.2f s | %.2f s | %.2f s | %d rows | load %.1f |%n", database, report, seconds[1],
                seconds[2], cpu / seconds.length, rows, load());
    }

    private static void ingest(String database, RecordsStore store, int events) throws Exception {
        StringBuilder log = new StringBuilder();
        // after the month, and after the events of an earlier run over this store ("h2:PATH", "postgres:URL"): a run
        // whose events fell among the last one's would read those too around each batch and time something else
        long epoch = FIRST.plusDays(DAYS).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        try (Connection connection = store.connection(); Statement statement = connection.createStatement();
             ResultSet latest = statement.executeQuery("SELECT MAX(occurred_at) FROM queue_events")) {
            OffsetDateTime kept = latest.next() ? latest.getObject(1, OffsetDateTime.class) : null;
            if (kept != null) {
                epoch = Math.max(epoch, (kept.toEpochSecond() / 86_400 + 2) * 86_400);
            }
        }
        SplittableRandom random = new SplittableRandom(7);
        // call ids of this run: a store timed again ("h2:PATH") gets new calls, not duplicates of the last run's
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < events / 3; i++) {
            String id = "q" + run + "-" + i;
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
        long cpuStart = processCpuNanos();
        QueueLogImport.Result result = importer.read(new BufferedReader(new StringReader(log.toString())), "queue_log");
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        System.out.printf("| %s | queue_log import | %,d events in %.1f s (this JVM's CPU %.1f s) | %,.0f events/s"
                        + " (%,.0f per CPU second of this JVM) | load %.1f |%n",
                database, result.stored(), seconds, cpu, result.stored() / seconds, result.stored() / cpu, load());
    }

    /**
     * Writes the calls, their traces (up to 3 nodes entered, then the end) and their queue visits
     * with set-based SQL (H2's SYSTEM_RANGE, PostgreSQL's generate_series), in chunks: 60 % of
     * calls go to one of 4 queues (80 % answered, 12 % abandoned, 5 % time-out, 3 % no agents),
     * 15 % are self-served, 15 % hang up in the IVR, 5 % are transferred, 5 % fail.
     */
    private static void generate(RecordsStore store, int calls) throws SQLException {
        long first = FIRST.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long spread = DAYS * 86_400L;
        int chunk = 100_000;
        try (Connection connection = store.connection(); Statement statement = connection.createStatement()) {
            for (int from = 0; from < calls; from += chunk) {
                String range = range(store.postgres(), from, Math.min(calls, from + chunk) - 1);
                String kind = "MOD(x * 7919, 100)";
                String outcome = "CASE WHEN " + kind + " < 60 THEN 'queue' WHEN " + kind + " < 75 THEN 'hangup' WHEN "
                        + kind + " < 90 THEN 'caller-hangup' WHEN " + kind + " < 95 THEN 'transfer' ELSE 'error' END";
                String nodes = "CASE WHEN " + kind + " >= 75 AND " + kind + " < 90 THEN 1 + MOD(x, 3) ELSE 3 END";
                String queue = "CASE WHEN " + kind + " < 60 THEN CASE MOD(x, 4) WHEN 0 THEN 'sales' WHEN 1 THEN 'support'"
                        + " WHEN 2 THEN 'billing' ELSE 'retention' END END";
                String startEpoch = "(" + first + " + CAST(x AS BIGINT) * " + spread + " / " + calls + ")";
                statement.executeUpdate("INSERT INTO calls (call_id, flow_id, flow_version, runtime_node, ani, dnis, language,"
                        + " started_at, ended_at, duration_ms, outcome, queue_name, last_node) SELECT 'g' || x,"
                        + " CASE MOD(x, 3) WHEN 0 THEN 'bank-main' WHEN 1 THEN 'card-lost' ELSE 'billing' END, '1', 'node-a',"
                        + " '555', '100', 'en', " + timestamp(store.postgres(), startEpoch) + ", "
                        + timestamp(store.postgres(), startEpoch + " + 40") + ", 40000, " + outcome + ", " + queue
                        + ", 'welcome' FROM " + range);
                statement.executeUpdate("INSERT INTO call_events (call_id, seq, t_ms, event, node, payload)"
                        + " SELECT 'g' || x, s, s * 1000, 'enter', CASE s WHEN 0 THEN 'welcome' WHEN 1 THEN 'menu' ELSE 'identify' END,"
                        + " '{}' FROM " + range + " CROSS JOIN " + range(store.postgres(), 0, 2).replace(" x", " s")
                        + " WHERE s < " + nodes);
                statement.executeUpdate("INSERT INTO call_events (call_id, seq, t_ms, event, node, payload)"
                        + " SELECT 'g' || x, " + nodes + ", 40000, 'end', NULL, '{}' FROM " + range);
                String visit = "MOD(x * 104729, 100)";
                statement.executeUpdate("INSERT INTO queue_calls (call_id, queue_name, entered_epoch, outcome, agent, wait_s, talk_s)"
                        + " SELECT 'g' || x, " + queue + ", " + startEpoch + " + 40, CASE WHEN " + visit + " < 80 THEN 'answered'"
                        + " WHEN " + visit + " < 92 THEN 'abandoned' WHEN " + visit + " < 97 THEN 'timeout' ELSE 'empty' END,"
                        + " CASE WHEN " + visit + " < 80 THEN 'agent-' || MOD(x, 40) END, MOD(x * 31, 180),"
                        + " CASE WHEN " + visit + " < 80 THEN 30 + MOD(x * 17, 600) END FROM " + range + " WHERE " + kind + " < 60");
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
        }
    }

    /** The rows {@code x = from .. to} as a derived table. */
    private static String range(boolean postgres, int from, int to) {
        return postgres ? "(SELECT generate_series(CAST(" + from + " AS BIGINT), " + to + ") AS x) r" + from + "_" + to
                : "(SELECT X AS x FROM SYSTEM_RANGE(" + from + ", " + to + ")) r" + from + "_" + to;
    }

    private static String timestamp(boolean postgres, String epochSeconds) {
        return postgres ? "TO_TIMESTAMP(" + epochSeconds + ")"
                : "DATEADD(SECOND, " + epochSeconds + ", TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00')";
    }

    /** CPU time of this process (for H2 the database's work too; PostgreSQL's server processes are not in it). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return -1;
        }
    }

}
