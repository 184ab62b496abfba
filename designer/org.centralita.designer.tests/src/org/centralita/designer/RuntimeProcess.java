package org.centralita.designer;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real {@code ./centralita serve} of this repository (built by the reactor before these tests),
 * started once per test run as a separate process: H2 records store, its own admin token, free
 * ports, an empty flows directory (Studio publishes to it). Stopped when the test JVM ends.
 */
final class RuntimeProcess {

    private static final Duration START = Duration.ofMinutes(4);
    private static RuntimeProcess shared;

    private final Path directory;
    private final Process process;
    private final int agiPort;
    private final String url;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    private RuntimeProcess(Path directory, Process process, int agiPort, String url, String token) {
        this.directory = directory;
        this.process = process;
        this.agiPort = agiPort;
        this.url = url;
        this.token = token;
    }

    /** The runtime of this test run, started at the first call. */
    static synchronized RuntimeProcess shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-centralita-serve"));
        }
        return shared;
    }

    /** The repository root, as the build passes it. */
    static Path home() {
        return Path.of(System.getProperty("centralita.home", "../..")).toAbsolutePath().normalize();
    }

    /** Whether the runtime's /health answers 200; fails at once with its log if the process ended. */
    private static boolean answers(Process process, HttpClient http, String url, Path directory)
            throws IOException, InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("centralita serve ended with " + process.exitValue() + ":\n"
                    + Files.readString(directory.resolve("serve.log")));
        }
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static RuntimeProcess start() {
        try {
            Path directory = Files.createTempDirectory("centralita-serve");
            Files.createDirectories(directory.resolve("flows"));
            int agi = freePort();
            int admin = freePort();
            Files.writeString(directory.resolve("centralita.yaml"), """
                    flows: ./flows
                    agi: {bind: 127.0.0.1, port: %d, allow: [127.0.0.1]}
                    admin: {bind: 127.0.0.1, port: %d, token-file: ./admin.token}
                    publish: {watch: false}
                    store: {url: "jdbc:h2:%s", journal-dir: ./journal}
                    speech: {tts: {cache: ./prompts}, media: {shared-dir: ./media}}
                    """.formatted(agi, admin, directory.resolve("records")));
            Process process = new ProcessBuilder(home().resolve("centralita").toString(), "serve", "--config", "centralita.yaml")
                    .directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("serve.log").toFile()).start();
            String url = "http://127.0.0.1:" + admin;
            HttpClient http = HttpClient.newHttpClient();
            try {
                await().atMost(START).pollInterval(Duration.ofMillis(500)).until(() -> answers(process, http, url, directory));
            } catch (ConditionTimeoutException e) {
                process.destroyForcibly();
                throw new IllegalStateException("centralita serve did not answer within " + START + ":\n"
                        + Files.readString(directory.resolve("serve.log")));
            }
            String token = Files.readString(directory.resolve("admin.token")).strip();
            return new RuntimeProcess(directory, process, agi, url, token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String url() {
        return url;
    }

    String token() {
        return token;
    }

    /** An admin API GET with the runtime's token. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Places known calls to a flow over FastAGI with the project's simulated Asterisk (the
     * runtime's {@code SimulatedCallers}), one per caller ({@code 1}: presses 1 at the first wait;
     * {@code hangup}: hangs up there), and waits until they have ended.
     */
    void placeCalls(String flow, String... callers) throws IOException, InterruptedException {
        Path target = home().resolve("runtime/target");
        Path jar;
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(p -> p.getFileName().toString().matches("centralita-runtime-.*\\.jar")
                    && !p.getFileName().toString().endsWith("-sources.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the runtime is not built in " + target));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar + ":" + target.resolve("lib") + "/*", "org.centralita.runtime.serve.SimulatedCallers",
                Integer.toString(agiPort), flow));
        command.addAll(List.of(callers));
        Path log = directory.resolve("callers.log");
        Process callersProcess = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!callersProcess.waitFor(3, TimeUnit.MINUTES) || callersProcess.exitValue() != 0) {
            callersProcess.destroyForcibly();
            throw new IllegalStateException("the simulated calls did not all end:\n" + Files.readString(log));
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
