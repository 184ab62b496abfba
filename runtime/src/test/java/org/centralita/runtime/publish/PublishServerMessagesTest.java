package org.centralita.runtime.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralita.runtime.publish.PublishFixtures.flow;
import static org.centralita.runtime.publish.PublishFixtures.write;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a runtime (or whatever answers at the --to URL) sends back is printed with its control
 * characters escaped: it cannot clear the person's terminal, ring it, or forge lines of its own.
 */
class PublishServerMessagesTest {

    private static final String ESC = "\u001b";

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void shouldEscapeControlCharactersInTheProblemsOfARefusedPublish() throws Exception {
        // given a server whose refusal holds a screen-clearing sequence, a bell and a forged line
        String url = answering(400, """
                {"problems": ["greeting.flow.yaml:1:1: error: bad\\u001b[2J\\nerror: forged line"],
                 "error": "refused\\u0007"}""");

        // when
        int status = publish(url);

        // then every server text is on its own line, escaped
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).doesNotContain(ESC).doesNotContain("\u0007")
                .contains("greeting.flow.yaml:1:1: error: bad\\e[2J\\nerror: forged line")
                .contains("error: the runtime refused the publish: refused\\u0007");
        assertThat(err.toString().lines()).noneMatch(line -> line.startsWith("error: forged line"));
    }

    @Test
    void shouldEscapeControlCharactersInWhatWasPublishedAndItsWarnings() throws Exception {
        // given a server that names the flow published and warns with control characters
        String url = answering(200, """
                {"published": [{"flow": "greeting\\u001b[31m", "version": 1}],
                 "warnings": ["a warning\\rpublished everything"]}""");

        // when
        int status = publish(url);

        // then
        assertThat(status).isZero();
        assertThat(out.toString()).doesNotContain(ESC).contains("published greeting\\e[31m version 1");
        assertThat(err.toString()).doesNotContain("\r").contains("a warning\\rpublished everything");
    }

    @Test
    void shouldEscapeControlCharactersInAnUnexpectedAnswer() throws Exception {
        // given a server failing with a body that is not the runtime's JSON
        String url = answering(502, "bad gateway" + ESC + "]0;owned" + "\u0007");

        // when
        int status = publish(url);

        // then
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).doesNotContain(ESC).doesNotContain("\u0007")
                .contains("answered HTTP 502: bad gateway\\e]0;owned\\u0007");
    }

    private String answering(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/flows", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(bytes);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private int publish(String url) throws IOException {
        Path flows = directory.resolve("flows");
        write(flows, "greeting.flow.yaml", flow("greeting", "Hello."));
        CommandLine command = new CommandLine(new PublishCommand(TestBuilders.real(), new TokenSource(Map.<String, String>of()::get)));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(flows.toString(), "--to", url, "--token", "t");
    }
}
