package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centralita.runtime.publish.PublishFixtures.flow;
import static org.centralita.runtime.publish.PublishFixtures.write;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.centralita.runtime.admin.AdminSettings;
import org.centralita.runtime.admin.LiveCall;
import org.centralita.runtime.config.ConfigReader;
import org.centralita.runtime.publish.TestBuilders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CentralitaRuntimeTest {

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldServeTheFlowsDirectoryAndDrainLiveCallsBeforeStopping() throws Exception {
        // given a runtime serving a flows directory, with one call in progress
        write(directory.resolve("flows"), "greeting.flow.yaml", flow("greeting", "Hello."));
        ServeSettings settings = ServeSettings.defaults().withFlows(directory.resolve("flows"))
                .withAdmin(new AdminSettings("127.0.0.1", 0, directory.resolve("admin.token"), 1 << 20))
                .withDrain(Duration.ofSeconds(20));
        CentralitaRuntime runtime = new CentralitaRuntime(settings, TestBuilders.real(), Clock.systemUTC());
        runtime.start(null, null);
        assertThat(runtime.repository().current("greeting")).isPresent();
        LiveCall call = runtime.liveCalls().begin("call-1", "greeting", "1");

        // when shutdown begins
        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(runtime::shutdown);

        // then health says draining while the call runs, and shutdown ends only after the call
        await().atMost(Duration.ofSeconds(10)).until(() -> health(runtime).statusCode() == 503);
        assertThat(health(runtime).body()).contains("\"status\":\"draining\"").contains("\"live_calls\":1");
        assertThat(shutdown).isNotDone();
        call.end("hangup");
        shutdown.get();
    }

    @Test
    void shouldReadTheServeSectionsOfTheConfiguration() throws Exception {
        // given
        String yaml = """
                flows: /srv/flows
                admin: {bind: 0.0.0.0, port: 9100, token-file: /etc/centralita/admin.token}
                publish: {watch: false, debounce: 2s, versions-kept: 4}
                shutdown: {drain: 90s}
                """;

        // when
        ServeSettings settings = ServeConfig.from(ConfigReader.read("centralita.yaml", yaml));

        // then
        assertThat(settings).isEqualTo(new ServeSettings(Path.of("/srv/flows"), false, Duration.ofSeconds(2), 4,
                new AdminSettings("0.0.0.0", 9100, Path.of("/etc/centralita/admin.token"),
                        AdminSettings.DEFAULT_MAX_BUNDLE_BYTES), Duration.ofSeconds(90)));
    }

    private HttpResponse<String> health(CentralitaRuntime runtime) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runtime.adminPort() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
