package org.centralita.runtime.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralita.runtime.publish.PublishFixtures.brokenFlow;
import static org.centralita.runtime.publish.PublishFixtures.flow;
import static org.centralita.runtime.publish.PublishFixtures.write;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.centralita.runtime.admin.AdminServer;
import org.centralita.runtime.admin.AdminSettings;
import org.centralita.runtime.admin.AdminToken;
import org.centralita.runtime.admin.LiveCalls;
import org.centralita.runtime.admin.RuntimeMetrics;
import org.centralita.runtime.admin.RuntimeStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PublishCommandTest {

    @TempDir
    Path directory;

    private final FlowRepository repository = new FlowRepository(TestBuilders.real(), 5, Clock.systemUTC());
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private AdminServer server;
    private String url;
    private String token;

    @BeforeEach
    void start() throws Exception {
        Path tokenFile = directory.resolve("admin.token");
        RuntimeMetrics metrics = new RuntimeMetrics();
        server = new AdminServer(new AdminSettings("127.0.0.1", 0, tokenFile, AdminSettings.DEFAULT_MAX_BUNDLE_BYTES),
                AdminToken.loadOrCreate(tokenFile), repository, new LiveCalls(metrics, Clock.systemUTC()), metrics,
                new RuntimeStatus("test", Clock.systemUTC()));
        url = "http://127.0.0.1:" + server.start();
        token = Files.readString(tokenFile).strip();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldUploadAValidFlowWithItsCalendarsAndServeIt() throws Exception {
        // given a flows directory with a flow and a file beside it
        Path flows = directory.resolve("flows");
        write(flows, "greeting.flow.yaml", flow("greeting", "Hello."));
        write(flows.resolve("calendars"), "notes.txt", "kept beside the flow");

        // when
        int status = publish(Map.of(), flows.resolve("greeting.flow.yaml").toString(), "--to", url, "--token", token);

        // then
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("published greeting version 1");
        assertThat(repository.current("greeting")).isPresent();
    }

    @Test
    void shouldRefuseLocallyWithEveryErrorAndUploadNothing() throws Exception {
        // given
        Path flows = directory.resolve("flows");
        write(flows, "greeting.flow.yaml", brokenFlow("greeting"));

        // when
        int status = publish(Map.of(), flows.toString(), "--to", url, "--token", token);

        // then
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("greeting.flow.yaml:").contains("nowhere").contains("teleport")
                .contains("nothing was uploaded");
        assertThat(repository.flows()).isEmpty();
    }

    @Test
    void shouldSayInOneLineThatTheTokenWasRefused() throws Exception {
        // given a wrong token in the environment
        Path flows = directory.resolve("flows");
        write(flows, "greeting.flow.yaml", flow("greeting", "Hello."));

        // when
        int status = publish(Map.of(PublishCommand.TOKEN_ENV, "wrong"), flows.toString(), "--to", url);

        // then
        assertThat(status).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("error: ").contains("401").doesNotContain("\n");
    }

    @Test
    void shouldSayInOneLineThatTheRuntimeCannotBeReached() throws Exception {
        // given a port nobody listens on
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path flows = directory.resolve("flows");
        write(flows, "greeting.flow.yaml", flow("greeting", "Hello."));

        // when
        int status = publish(Map.of(), flows.toString(), "--to", "http://127.0.0.1:" + closedPort, "--token", token);

        // then
        assertThat(status).isEqualTo(1);
        assertThat(err.toString().strip()).contains("cannot connect").contains("connection refused").doesNotContain("\n");
    }

    @Test
    void shouldReadTheTokenFileWhenNoOptionOrEnvironmentGivesOne() throws Exception {
        // given
        Path flows = directory.resolve("flows");
        write(flows, "greeting.flow.yaml", flow("greeting", "Hello."));

        // when
        int status = publish(Map.of(), flows.toString(), "--to", url, "--token-file", directory.resolve("admin.token").toString());

        // then
        assertThat(status).as(err.toString()).isZero();
    }

    private int publish(Map<String, String> environment, String... args) {
        CommandLine command = new CommandLine(new PublishCommand(TestBuilders.real(), new TokenSource(environment::get)));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
