package org.centralita.runtime.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.centralita.runtime.cli.Main;
import org.centralita.runtime.store.RecordsStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code centralita report} as a script runs it: the day's numbers as CSV, text and an HTML file. */
class ReportCommandTest {

    @TempDir
    Path dir;
    private String url;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void loadTheDay() throws Exception {
        url = "jdbc:h2:" + dir.resolve("records");
        try (RecordsStore store = RecordsStore.open(url)) {
            ContactCenterDay.load(store);
        }
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void shouldPrintTheQueueTableAsCsvWithTheNumbersWorkedOutByHand() {
        // when a script asks for the queues of the day as CSV
        int status = run("report", "--store", url, "--from", "2026-12-07", "--zone", "Europe/Madrid",
                "--format", "csv", "--table", "queues", "--service-level", "20");

        // then (support answers within 20 s here too: s01 waited 25 s, so support's service level is 0 of 4)
        assertThat(status).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "queue,offered,answered,abandoned,\"short abandoned\",\"overflow time-out\",\"overflow full\","
                        + "\"overflow no agents\",\"left with key\",\"ASA s\",\"longest wait s\",\"avg abandon wait s\","
                        + "\"avg talk s\",\"avg hold s\",\"AHT s\",\"service level %\",\"abandon rate %\"",
                // ASA 75/4 = 18.75, talk 1260/4, service level 3/9, abandon rate 1/9
                "sales,10,4,1,1,1,1,1,1,18.8,120,50.0,315.0,0.0,315.0,33.3,11.1",
                "support,5,2,1,1,0,0,1,0,30.0,60,60.0,390.0,0.0,390.0,0.0,25.0",
                // 15 offered less 2 short = 13; ASA 135/6; talk 2040/6; service level 3/13; abandon 2/13
                "\"all queues\",15,6,2,2,1,1,2,1,22.5,120,55.0,340.0,0.0,340.0,23.1,15.4");
    }

    @Test
    void shouldPrintEveryTableAsTextForPeopleAndKeepToOneFlow() {
        // when a supervisor reads the day of flow bank-main in a terminal
        int status = run("report", "--store", url, "--from", "2026-12-07", "--to", "2026-12-07",
                "--zone", "Europe/Madrid", "--flow", "bank-main");

        // then each table is there, numbers right-aligned, the node table included for the flow
        assertThat(status).isZero();
        String text = out.toString();
        assertThat(text).contains("Centralita report 2026-12-07T00:00 to 2026-12-08T00:00 (Europe/Madrid)",
                "Queues", "Flows (IVR)", "Agents", "Calls by hour (Europe/Madrid)", "Nodes of flow bank-main");
        assertThat(text).containsPattern("bank-main\\s+17\\s+2\\s+3\\s+10\\s+1\\s+0\\s+0\\s+1\\s+0\\s+11\\.8\\s+30\\.0");
        assertThat(text).containsPattern("menu\\s+16\\s+2\\s+to sales-queue\\s+10");
    }

    @Test
    void shouldWriteOneFileEachForSeveralFormats() throws Exception {
        // when the report is asked for as text, CSV and HTML into one base name
        int status = run("report", "--store", url, "--from", "2026-12-07", "--zone", "Europe/Madrid",
                "--format", "text,csv,html", "--out", dir.resolve("day.txt").toString());

        // then three files, the HTML one a page with the same cells as the CSV
        assertThat(status).isZero();
        String html = Files.readString(dir.resolve("day.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<table id=\"table-queues\">")
                .contains("<td>sales</td><td class=\"n\">10</td><td class=\"n\">4</td>");
        assertThat(Files.readString(dir.resolve("day.csv"))).contains("sales,10,4,1,1,1,1,1,1,18.8,120,50.0,315.0,0.0,315.0,33.3,11.1");
        assertThat(Files.readString(dir.resolve("day.txt"))).contains("Agents");
    }

    @Test
    void shouldImportAQueueLogFirstAndNameTheLinesItCouldNotRead() throws Exception {
        // given a queue_log with a broken second line
        Path log = dir.resolve("queue_log");
        Files.writeString(log, "1796000000|x1|sales|NONE|ENTERQUEUE||1|1\nnot a line\n");

        // when the report imports it first
        int status = run("report", "--store", url, "--queue-log", log.toString(), "--from", "2026-12-07",
                "--zone", "Europe/Madrid", "--table", "queues");

        // then the line is named on standard error and the report still runs
        assertThat(status).isZero();
        assertThat(err.toString()).contains("queue_log:2: expected at least 5 fields separated by '|', found 1 (line skipped)",
                "2 lines: 1 queue events kept, 0 already kept, 0 informational, 1 unreadable");
    }

    @Test
    void shouldTakeTheZoneAndEachQueuesServiceLevelFromTheConfiguration() throws Exception {
        // given centralita.yaml saying the center is in Madrid and support answers within 30 s
        Path config = config("{zone: Europe/Madrid, service-level: 20, service-level-queues: {support: 30}}");

        // when the day is reported with that configuration
        int status = run("report", "--config", config.toString(), "--from", "2026-12-07", "--format", "csv", "--table", "queues");

        // then support's service level counts s01 (25 s): 1 of 4; sales keeps 20 s: 3 of 9
        assertThat(status).isZero();
        assertThat(out.toString()).contains("\nsupport,5,2,1,1,0,0,1,0,30.0,60,60.0,390.0,0.0,390.0,25.0,25.0\n")
                .contains("\nsales,10,4,1,1,1,1,1,1,18.8,120,50.0,315.0,0.0,315.0,33.3,11.1\n");
    }

    @Test
    void shouldRebuildTheSumsWithTheThresholdsTheConfigurationNowHasAndTellEachTable() throws Exception {
        // given the day's sums made with the default thresholds (5 s short abandon, 20 s for every queue)
        assertThat(sum("SELECT SUM(answered_in_time) FROM queue_sums WHERE queue_name = 'support'")).isZero();
        assertThat(sum("SELECT SUM(short_abandoned) FROM queue_sums WHERE queue_name = 'sales'")).isEqualTo(1);
        // and then the supervisor changes them: support answers within 30 s, hang-ups under 55 s are short
        Path config = config("{zone: Europe/Madrid, short-abandon: 55, service-level: 20, service-level-queues: {support: 30}}");

        // when the sums are rebuilt
        int status = run("report", "rebuild-sums", "--config", config.toString());

        // then each table is told as it is filled, and the sums carry the new thresholds
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString().lines()).first().asString()
                .startsWith("rebuilding the report sums of ").endsWith("short abandon under 55 s, service level 20 s, support 30 s");
        assertThat(out.toString()).containsPattern("  flow_sums: \\d+ rows in \\d+ ms")
                .containsPattern("  queue_sums: \\d+ rows in \\d+ ms").containsPattern("  queue_flow_sums: \\d+ rows in \\d+ ms")
                .containsPattern("  agent_sums: \\d+ rows in \\d+ ms").containsPattern("report sums rebuilt in \\d+ ms");
        // s01 waited 25 s: within support's 30 s now; c04 (50 s) joins c02 (3 s) as a short abandon
        assertThat(sum("SELECT SUM(answered_in_time) FROM queue_sums WHERE queue_name = 'support'")).isEqualTo(1);
        assertThat(sum("SELECT SUM(short_abandoned) FROM queue_sums WHERE queue_name = 'sales'")).isEqualTo(2);
        assertThat(sum("SELECT SUM(abandoned) FROM queue_sums WHERE queue_name = 'sales'")).isZero();
        assertThat(sum("SELECT COUNT(*) FROM queue_sums WHERE short_abandon_s <> 55"
                + " OR service_level_s <> CASE queue_name WHEN 'support' THEN 30 ELSE 20 END")).isZero();
        assertThat(sum("SELECT SUM(offered) FROM queue_flow_sums")).isEqualTo(15);
        assertThat(sum("SELECT SUM(calls) FROM flow_sums")).isEqualTo(24);

        // and the report with that configuration reads them: sales 3 of 10 - 2 short in time, no abandons; support unchanged (s03 waited 60 s)
        out.getBuffer().setLength(0);
        assertThat(run("report", "--config", config.toString(), "--from", "2026-12-07", "--format", "csv",
                "--table", "queues")).isZero();
        assertThat(out.toString()).contains("\nsupport,5,2,1,1,0,0,1,0,30.0,60,60.0,390.0,0.0,390.0,25.0,25.0\n")
                .contains("\nsales,10,4,0,2,1,1,1,1,18.8,120,0.0,315.0,0.0,315.0,37.5,0.0\n");
    }

    @Test
    void shouldSayWhyTheSumsCouldNotBeRebuiltAndLeaveThemAsTheyWere() throws Exception {
        // when the thresholds asked for are not seconds
        int status = run("report", "rebuild-sums", "--store", url, "--short-abandon", "-3");

        // then one line says so, and the sums are untouched
        assertThat(status).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("rebuild-sums: thresholds are seconds, 0 or more");
        assertThat(sum("SELECT SUM(short_abandoned) FROM queue_sums WHERE queue_name = 'sales'")).isEqualTo(1);
    }

    /** centralita.yaml with the day's store and this {@code reports:} section. */
    private Path config(String reports) throws Exception {
        Path config = dir.resolve("centralita.yaml");
        Files.writeString(config, "store: {url: \"" + url + "\"}\nreports: " + reports + "\n");
        return config;
    }

    private long sum(String sql) throws Exception {
        try (RecordsStore store = RecordsStore.open(url); java.sql.Connection connection = store.connection();
             java.sql.Statement statement = connection.createStatement(); java.sql.ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void shouldAddEachQueuesWrapUpTimeFromTheConfigurationToTheHandleTime() throws Exception {
        // given sales agents take 10 s after each call, every other queue's 5 s
        Path config = config("{zone: Europe/Madrid, wrap-up: 5, wrap-up-queues: {sales: 10}}");

        int status = run("report", "--config", config.toString(), "--from", "2026-12-07", "--format", "csv", "--table", "queues");

        // then AHT = (talk + hold + wrap-up) / completed calls: sales 315 + 10, support 390 + 5, all (2040 + 40 + 10) / 6
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\nsales,10,4,1,1,1,1,1,1,18.8,120,50.0,315.0,0.0,325.0,")
                .contains("\nsupport,5,2,1,1,0,0,1,0,30.0,60,60.0,390.0,0.0,395.0,")
                .contains("\n\"all queues\",15,6,2,2,1,1,2,1,22.5,120,55.0,340.0,0.0,348.3,");
    }

    @Test
    void shouldNameAZoneItDoesNotKnowInTheConfiguration() throws Exception {
        Path config = dir.resolve("centralita.yaml");
        Files.writeString(config, "reports: {zone: Mars/Olympus}\n");

        int status = run("report", "--config", config.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("reports.zone 'Mars/Olympus' is not a time zone");
    }

    @Test
    void shouldRefuseADateItCannotReadWithOneLine() {
        // when --from is not a date
        int status = run("report", "--store", url, "--from", "yesterday-ish");

        // then one line on standard error says what it expects
        assertThat(status).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("centralita: --from 'yesterday-ish' is not a date (2026-12-05)")
                .doesNotContain("\n").doesNotContain("Exception");
    }
}
