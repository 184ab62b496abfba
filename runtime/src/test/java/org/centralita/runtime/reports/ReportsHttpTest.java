package org.centralita.runtime.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports on the admin HTTP API: JSON and CSV tables, the designer's node counts, the token. */
class ReportsHttpTest {

    private static final String DAY = "?from=2026-12-07&to=2026-12-07";

    @TempDir
    Path dir;
    private ReportServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        server = new ReportServer(dir, ContactCenterDay.MADRID, Clock.fixed(ContactCenterDay.at("18:00:00"), ZoneOffset.UTC));
        ContactCenterDay.load(server.store);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldServeEachTableAsJsonAndAsCsvWithTheToken() throws Exception {
        // when the queue table of the day is asked for as JSON and as CSV
        JsonNode json = new ObjectMapper().readTree(get("/reports/queues" + DAY, server.token).body());
        HttpResponse<String> csv = get("/reports/queues.csv" + DAY, server.token);

        // then both carry the day's numbers (service level 20 s for every queue here)
        JsonNode sales = json.path("rows").get(0);
        assertThat(sales.get(1).asLong()).isEqualTo(10);
        assertThat(sales.get(9).asDouble()).isEqualTo(18.75);
        // the columns after the average talk: average hold (no hold in the queue_log alone) and handle time
        assertThat(json.path("columns").get(13).asText()).isEqualTo("avg hold s");
        assertThat(json.path("columns").get(14).asText()).isEqualTo("AHT s");
        assertThat(sales.get(14).asDouble()).isEqualTo(315.0);
        assertThat(sales.get(15).asDouble()).isCloseTo(100.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(json.path("cells").get(0).toString()).isEqualTo(
                "[\"sales\",\"10\",\"4\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"18.8\",\"120\",\"50.0\",\"315.0\",\"0.0\",\"315.0\",\"33.3\",\"11.1\"]");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).contains("\nsales,10,4,1,1,1,1,1,1,18.8,120,50.0,315.0,0.0,315.0,33.3,11.1\n");
    }

    @Test
    void shouldGiveTheDesignerTheCountsOfEachNodeOfAFlow() throws Exception {
        // when the designer's overlay asks for bank-main's day
        JsonNode json = new ObjectMapper().readTree(get("/reports/flows/bank-main/nodes" + DAY, server.token).body());

        // then each node has the calls that reached it and how they left
        assertThat(json.path("flow").asText()).isEqualTo("bank-main");
        JsonNode welcome = json.path("nodes").get(json.path("nodes").size() - 1);
        assertThat(welcome.path("node").asText()).isEqualTo("welcome");
        assertThat(welcome.path("calls").asLong()).isEqualTo(17);
        assertThat(welcome.path("hungUp").asLong()).isEqualTo(1);
        assertThat(welcome.path("exits").toString())
                .isEqualTo("[{\"to\":\"menu\",\"ended\":null,\"count\":16},{\"to\":null,\"ended\":\"caller-hangup\",\"count\":1}]");
    }

    @Test
    void shouldRefuseEveryReportWithoutTheToken() throws Exception {
        for (String path : new String[] {"/reports/queues", "/reports/flows/bank-main/nodes", "/reports/wallboard",
                "/ui/reports", "/ui/wallboard", "/ui/assets/echarts.min.js", "/login?token=wrong"}) {
            HttpResponse<String> refused = get(path, "wrong-token");
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.body()).as(path).contains("admin token").doesNotContain("Exception");
        }
    }

    @Test
    void shouldAnswerABadFilterWithItsMistakeNotAStackTrace() throws Exception {
        HttpResponse<String> badDate = get("/reports/queues?from=monday", server.token);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("from 'monday' is not a date (2026-12-05)").doesNotContain("Exception");
        HttpResponse<String> badTable = get("/reports/wages", server.token);
        assertThat(badTable.statusCode()).isEqualTo(404);
        assertThat(badTable.body()).contains("no report 'wages'");
    }

    @Test
    void shouldLetABrowserInWithAnHttpOnlyCookieForReadingOnly() throws Exception {
        // when a browser opens the log-in address
        HttpResponse<String> login = get("/login?token=" + server.token + "&next="
                + java.net.URLEncoder.encode("/ui/reports" + DAY, java.nio.charset.StandardCharsets.UTF_8), null);

        // then it is sent on without the token in the address, holding a cookie no script can read
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).contains("/ui/reports" + DAY);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Max-Age=43200");
        String pair = cookie.substring(0, cookie.indexOf(';'));
        // the cookie holds a session id, never the token itself
        assertThat(pair).startsWith("centralita_admin=").doesNotContain(server.token);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.base + "/ui/reports"))
                .header("Cookie", pair).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/ui/assets/echarts.min.js\">");
        // and the cookie alone never publishes a flow (no cross-site request can change the runtime)
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.base + "/flows")).header("Cookie", pair)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(401);
        // and a cookie the server never gave out, or the token put in the cookie by hand, opens nothing
        for (String forged : new String[] {"centralita_admin=" + server.token, "centralita_admin=made-up"}) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(server.base + "/ui/reports"))
                    .header("Cookie", forged).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(forged).isEqualTo(401);
        }
    }

    @Test
    void shouldServeTheChartLibraryBundledInTheRuntime() throws Exception {
        HttpResponse<String> echarts = get("/ui/assets/echarts.min.js", server.token);
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body()).hasSizeGreaterThan(500_000).contains("echarts");
    }
}
