package org.centralita.runtime.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralita.runtime.publish.PublishFixtures.brokenFlow;
import static org.centralita.runtime.publish.PublishFixtures.bundle;
import static org.centralita.runtime.publish.PublishFixtures.flow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.centralita.runtime.publish.BundleArchive;
import org.centralita.runtime.publish.FlowRepository;
import org.centralita.runtime.publish.TestBuilders;
import org.eclipse.jetty.server.LowResourceMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminServerTest {

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newHttpClient();
    private final RuntimeMetrics metrics = new RuntimeMetrics();
    private final LiveCalls liveCalls = new LiveCalls(metrics, Clock.systemUTC());
    private final FlowRepository repository = new FlowRepository(TestBuilders.real(), 5, Clock.systemUTC());
    private AdminServer server;
    private String base;
    private String token;

    @BeforeEach
    void start() throws Exception {
        Path tokenFile = directory.resolve("admin.token");
        server = new AdminServer(new AdminSettings("127.0.0.1", 0, tokenFile, AdminSettings.DEFAULT_MAX_BUNDLE_BYTES),
                AdminToken.loadOrCreate(tokenFile), repository, liveCalls, metrics,
                new RuntimeStatus("test", Clock.systemUTC()));
        base = "http://127.0.0.1:" + server.start();
        token = Files.readString(tokenFile).strip();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldCreateAnOwnerOnlyTokenFileWhenNoneExists() throws Exception {
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("admin.token"))))
                .isEqualTo("rw-------");
    }

    @Test
    void shouldAnswerHealthWithoutATokenAndRefuseEverythingElse() throws Exception {
        assertThat(get("/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/health", null).body()).contains("\"status\":\"up\"").contains("\"live_calls\":0");
        for (String path : new String[] {"/flows", "/calls", "/metrics"}) {
            HttpResponse<String> refused = get(path, "wrong-token");
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.body()).contains("\"error\"").doesNotContain("Exception");
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void shouldPublishAZipAndServeTheNewVersion() throws Exception {
        // when
        HttpResponse<String> published = postZip(flow("greeting", "Hello."));

        // then
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(published.body()).contains("{\"flow\":\"greeting\",\"version\":1}");
        assertThat(repository.current("greeting")).isPresent();
        assertThat(get("/flows", token).body()).contains("\"id\":\"greeting\"").contains("\"active\":1");
    }

    @Test
    void shouldRefuseABrokenPublishWithEveryProblemAndKeepTheActiveVersion() throws Exception {
        // given
        postZip(flow("greeting", "Hello."));

        // when
        HttpResponse<String> refused = postZip(brokenFlow("greeting"));

        // then
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("greeting.flow.yaml:").contains("nowhere").contains("teleport")
                .doesNotContain("Exception");
        assertThat(repository.current("greeting").orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAZipBombOverHttpNamingTheEntryAndTheLimit() throws Exception {
        // given a zip of kilobytes that unpacks to a 40 MB flow file
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("bomb.flow.yaml"));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 40; i++) {
                zip.write(chunk);
            }
        }

        // when
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "/flows"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("bomb.flow.yaml: a flow or calendar file may be at most 2.0 MiB");
        assertThat(repository.flows()).isEmpty();
    }

    @Test
    void shouldPublishJsonFilesAndRollBack() throws Exception {
        // given versions 1 and 2 published as JSON
        postJson(flow("greeting", "One."));
        postJson(flow("greeting", "Two."));

        // when
        HttpResponse<String> rolledBack = post("/flows/greeting/rollback?version=1", token);

        // then
        assertThat(rolledBack.statusCode()).isEqualTo(200);
        assertThat(repository.current("greeting").orElseThrow().number()).isEqualTo(1);
        assertThat(post("/flows/greeting/rollback?version=9", token).statusCode()).isEqualTo(404);
        assertThat(post("/flows/nobody/rollback?version=1", token).statusCode()).isEqualTo(404);
        assertThat(post("/flows/greeting/rollback", token).statusCode()).isEqualTo(400);
        assertThat(get("/flows/nobody", token).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldWatchForLowResourcesEveryTenSecondsNotEverySecond() throws Exception {
        // given the started API (Javalin's Jetty looks at its thread pool every second by default)
        assertThat(get("/health", null).statusCode()).isEqualTo(200);

        // then its low-resource monitor is still there and started, and wakes every 10 s
        List<LowResourceMonitor> monitors = List.copyOf(server.jetty().getBeans(LowResourceMonitor.class));
        assertThat(monitors).hasSize(1);
        assertThat(monitors.get(0).isStarted()).isTrue();
        assertThat(monitors.get(0).getPeriod()).isEqualTo(10_000);
    }

    @Test
    void shouldListLiveCallsAndCountThemInMetrics() throws Exception {
        // given one call running and one ended
        LiveCall running = liveCalls.begin("call-1", "greeting", "1");
        running.at("hello");
        liveCalls.begin("call-2", "greeting", "1").end("hangup");

        // then
        assertThat(get("/calls", token).body()).contains("\"id\":\"call-1\"").contains("\"node\":\"hello\"")
                .doesNotContain("call-2");
        String metricsText = get("/metrics", token).body();
        assertThat(metricsText).contains("centralita_calls_active 1.0")
                .contains("centralita_calls_started_total{flow=\"greeting\"} 2.0")
                .contains("centralita_calls_ended_total{flow=\"greeting\",outcome=\"hangup\"} 1.0");
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String bearer) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postZip(String flowText) throws Exception {
        byte[] zip = BundleArchive.toZip(bundle("greeting.flow.yaml", flowText));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/flows")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String flowText) throws Exception {
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                java.util.Map.of("files", java.util.Map.of("greeting.flow.yaml", flowText)));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/flows")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
