package org.centralita.runtime.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report and wallboard pages opened in a real headless Chromium (Debian's package): they
 * load with the token and not without, draw their charts, show the CSV's numbers, and the
 * wallboard redraws when a queue event arrives. Screenshots go to target/screenshots/.
 */
class ReportPagesTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private ReportServer server;
    private HeadlessChromium chromium;

    @BeforeEach
    void start() throws Exception {
        chromium = HeadlessChromium.start();
    }

    @AfterEach
    void stop() throws Exception {
        chromium.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void shouldDrawTheChartsAndShowTheNumbersOfTheCsv() throws Exception {
        // given the day in the store, read that evening
        server = new ReportServer(dir, ContactCenterDay.MADRID, Clock.fixed(ContactCenterDay.at("20:00:00"), ZoneOffset.UTC));
        ContactCenterDay.load(server.store);

        // when a supervisor opens the day's report with the token
        chromium.open(server.login("/ui/reports?from=2026-12-07&to=2026-12-07"));
        await().atMost(PATIENCE).until(() -> "true".equals(chromium.evaluate("document.body && document.body.getAttribute('data-ready')").asText()));

        // then every chart is drawn: an SVG with shapes in it
        for (String chart : new String[] {"chart-intervals", "chart-abandon", "chart-funnel", "chart-occupancy"}) {
            assertThat(chromium.evaluate("document.querySelectorAll('#" + chart + " svg path').length").asInt())
                    .as(chart).isGreaterThan(3);
        }
        // and each table on the page holds the cells of its CSV export
        for (String table : new String[] {"queues", "overflows", "flows", "agents", "intervals"}) {
            JsonNode rows = chromium.evaluate("Array.from(document.querySelectorAll('#table-" + table
                    + " tbody tr')).map(r => Array.from(r.cells).map(c => c.textContent).join(','))");
            List<String> shown = new ArrayList<>();
            rows.forEach(r -> shown.add(r.asText()));
            assertThat(shown).as(table).isNotEmpty().isEqualTo(csvRows(table));
        }
        // Ann 900 s of 12,600 s available, Bob 960 of 14,400, Cat 180 of 14,400
        assertThat(chromium.evaluate("echarts.getInstanceByDom(document.getElementById('chart-occupancy')).getOption()"
                + ".series[0].data.map(v => v.toFixed(2)).join(',')").asText()).isEqualTo("7.14,6.67,1.25");
        assertThat(chromium.evaluate("document.querySelector('#table-queues tbody tr').textContent").asText())
                .isEqualTo("sales10411111118.812050.0315.00.0315.033.311.1");
        Path shot = chromium.screenshot(SCREENSHOTS.resolve("reports.png"));
        assertThat(Files.size(shot)).isGreaterThan(20_000);

        // and the queue filter keeps the page to one queue (the browser holds the log-in cookie now)
        chromium.evaluate("document.body.setAttribute('data-ready', 'stale')");
        chromium.open(server.base + "/ui/reports?from=2026-12-07&to=2026-12-07&queue=support");
        await().atMost(PATIENCE).until(() -> "true".equals(chromium.evaluate("document.body && document.body.getAttribute('data-ready')").asText()));
        assertThat(chromium.evaluate("document.querySelector('#table-queues tbody tr').cells[0].textContent").asText())
                .isEqualTo("support");
        assertThat(chromium.evaluate("document.querySelector('input[name=queue]').value").asText()).isEqualTo("support");
    }

    @Test
    void shouldRefuseThePageWithoutTheToken() throws Exception {
        // when the page is opened without logging in
        server = new ReportServer(dir, ContactCenterDay.MADRID, Clock.systemUTC());
        chromium.open(server.base + "/ui/reports");
        await().atMost(PATIENCE).until(() -> chromium.evaluate("document.body ? document.body.innerText : ''").asText()
                .contains("admin token"));

        // then it shows the refusal and no report
        assertThat(chromium.evaluate("document.querySelectorAll('svg, table').length").asInt()).isZero();
    }

    @Test
    void shouldRedrawTheWallboardWhenACallerJoinsAQueue() throws Exception {
        // given the wallboard open, with one caller waiting in sales since a minute ago
        server = new ReportServer(dir, ContactCenterDay.MADRID, Clock.systemUTC());
        Instant now = Instant.now();
        server.events.keep(List.of(
                new QueueEvent(now.minusSeconds(3600), null, "sales", "Ann", QueueEventKind.ADDMEMBER, null, null, null, null, null, "test"),
                new QueueEvent(now.minusSeconds(60), "w1", "sales", null, QueueEventKind.ENTERQUEUE, null, null, null, 1, null, "test")));
        chromium.open(server.login("/ui/wallboard"));
        await().atMost(PATIENCE).until(() -> chromium.evaluate("document.body.getAttribute('data-updates')").asInt() >= 1);
        assertThat(waiting("sales")).isEqualTo("1");
        assertThat(chromium.evaluate("document.getElementById('agents-available').textContent").asText()).isEqualTo("1");
        chromium.evaluate("window.sameDocument = 'yes'");

        // when a second caller joins the queue (the event kept as the AMI link or the import keeps it)
        server.events.keep(List.of(new QueueEvent(Instant.now(), "w2", "sales", null, QueueEventKind.ENTERQUEUE,
                null, null, null, 2, null, "test")));

        // then the page shows two callers waiting, pushed by the server: the page was not reloaded
        await().atMost(PATIENCE).until(() -> "2".equals(waiting("sales")));
        assertThat(chromium.evaluate("window.sameDocument").asText()).isEqualTo("yes");
        assertThat(chromium.evaluate("document.querySelectorAll('#chart-waiting svg path').length").asInt()).isGreaterThan(0);
        chromium.screenshot(SCREENSHOTS.resolve("wallboard.png"));
    }

    private String waiting(String queue) throws Exception {
        return chromium.evaluate("(function(){var r=document.querySelector('#wallboard-queues tr[data-queue=\"" + queue
                + "\"]');return r?r.cells[1].textContent:'';})()").asText();
    }

    /** The CSV export of a table, its rows as the page joins them (no cell holds a comma; quotes dropped). */
    private List<String> csvRows(String table) throws Exception {
        String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base + "/reports/" + table
                        + ".csv?from=2026-12-07&to=2026-12-07")).header("Authorization", "Bearer " + server.token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return csv.lines().skip(1).map(line -> line.replace("\"", "")).toList();
    }
}
