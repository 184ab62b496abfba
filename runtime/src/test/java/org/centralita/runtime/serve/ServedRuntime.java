package org.centralita.runtime.serve;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.ChannelSetup;
import org.centralita.runtime.agi.simulator.SimClock;
import org.centralita.runtime.agi.simulator.SimulatedAsterisk;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.agi.simulator.SoundLibrary;
import org.centralita.runtime.config.ConfigReader;
import org.centralita.runtime.store.CallRecord;

/**
 * A real {@code centralita serve} runtime started in-process from a centralita.yaml on
 * ephemeral ports, with a simulated Asterisk (its clock 20 times faster than real time) that
 * places FastAGI calls to it, and helpers to read what the runtime recorded.
 */
final class ServedRuntime implements AutoCloseable {

    static final Duration CALL_END = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every prompt the runtime renders is there for Asterisk to play: 0.4 s of voice. */
    private static final SoundLibrary.Sound PROMPT = new SoundLibrary.Sound(3200, 400);

    private final Path directory;
    private final CentralitaServer server;
    private final SimulatedAsterisk asterisk = new SimulatedAsterisk(SimClock.scaled(0.05));
    private final HttpClient http = HttpClient.newHttpClient();

    private ServedRuntime(Path directory, CentralitaServer server) {
        this.directory = directory;
        this.server = server;
    }

    /**
     * Starts a runtime in {@code directory} serving {@code flows} with records in {@code storeUrl}.
     *
     * @param more further configuration lines (connectors, ...)
     */
    static ServedRuntime start(Path directory, Path flows, String storeUrl, int maxCalls, Clock clock, String more)
            throws Exception {
        return start(directory, flows, storeUrl, maxCalls, List.of("127.0.0.1"), clock, "", more, name -> null);
    }

    /**
     * A runtime in {@code directory} serving the flow files {@code flows} (file name to text) from
     * {@code directory/flows}, records in H2 under {@code directory}.
     */
    static ServedRuntime serving(Path directory, Map<String, String> flows) throws Exception {
        Path flowsDirectory = directory.resolve("flows");
        Files.createDirectories(flowsDirectory);
        for (Map.Entry<String, String> flow : flows.entrySet()) {
            Files.writeString(flowsDirectory.resolve(flow.getKey()), flow.getValue());
        }
        return start(directory.resolve("runtime"), flowsDirectory, "jdbc:h2:" + directory.resolve("records"), 10,
                Clock.systemUTC(), "");
    }

    /** A runtime serving {@code directory/flows} as they are, its records and own files under {@code directory}. */
    static ServedRuntime servingDirectory(Path directory) throws Exception {
        return start(directory.resolve("runtime"), directory.resolve("flows"), "jdbc:h2:" + directory.resolve("records"), 10,
                Clock.systemUTC(), "");
    }

    /** A runtime whose {@code *-env} keys are looked up in {@code environment}. */
    static ServedRuntime start(Path directory, Path flows, String storeUrl, String more,
                               java.util.function.UnaryOperator<String> environment) throws Exception {
        return start(directory, flows, storeUrl, 10, List.of("127.0.0.1"), Clock.systemUTC(), "", more, environment);
    }

    /** A runtime in queue-mode agi: it runs EXEC Queue/Dial/VoiceMail itself (see docs/agi.md). */
    static ServedRuntime startRunningQueues(Path directory, Path flows, String storeUrl, String more,
                                            java.util.function.UnaryOperator<String> environment) throws Exception {
        return start(directory, flows, storeUrl, 10, List.of("127.0.0.1"), Clock.systemUTC(), ", queue-mode: agi", more,
                environment);
    }

    /** A runtime taking calls only from {@code allow}. */
    static ServedRuntime startAllowing(Path directory, Path flows, String storeUrl, List<String> allow)
            throws Exception {
        return start(directory, flows, storeUrl, 10, allow, Clock.systemUTC(), "", "", name -> null);
    }

    /** A runtime whose {@code agi} section also has {@code agiKeys} ({@code "queue-mode: agi"}, ...). */
    static ServedRuntime startWithAgi(Path directory, Path flows, String storeUrl, String agiKeys) throws Exception {
        return start(directory, flows, storeUrl, 10, List.of("127.0.0.1"), Clock.systemUTC(), ", " + agiKeys, "",
                name -> null);
    }

    private static ServedRuntime start(Path directory, Path flows, String storeUrl, int maxCalls, List<String> allow,
                                       Clock clock, String agiMore, String more,
                                       java.util.function.UnaryOperator<String> environment)
            throws Exception {
        String yaml = """
                flows: "%s"
                agi: {bind: 127.0.0.1, port: 0, allow: [%s], max-calls: %d%s}
                admin: {bind: 127.0.0.1, port: 0, token-file: "%s"}
                publish: {watch: false}
                store: {url: "%s", journal-dir: "%s"}
                shutdown: {drain: 20s}
                speech: {tts: {cache: "%s"}, media: {shared-dir: "%s"}}
                """.formatted(flows, String.join(", ", allow), maxCalls, agiMore, directory.resolve("admin.token"), storeUrl,
                directory.resolve("journal"), directory.resolve("prompts"), directory.resolve("media")) + more;
        Path file = directory.resolve("centralita.yaml");
        Files.createDirectories(directory);
        Files.writeString(file, yaml);
        return new ServedRuntime(directory, CentralitaServer.start(ConfigReader.read(file), clock, environment));
    }

    /** A channel of a PBX whose shared media directory holds every prompt. */
    static ChannelSetup channel() {
        return new ChannelSetup().sounds(SoundLibrary.coreSounds().withAnyOther(PROMPT));
    }

    CentralitaServer server() {
        return server;
    }

    SimulatedCall call(String flowId, ChannelSetup setup, CallerScript caller) {
        return asterisk.call(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.agiPort()),
                setup.agi("agi://127.0.0.1:" + server.agiPort() + "/" + flowId), caller);
    }

    /** The call's record, once the records writer has stored it. */
    CallRecord record(String callId) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> server.store().calls().find(callId), java.util.Optional::isPresent).orElseThrow();
    }

    /** The call's trace as stored, one map per event. */
    List<Map<String, Object>> trace(String callId) {
        record(callId);
        return server.store().calls().events(callId).stream().map(event -> parse(event.json())).toList();
    }

    static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An admin API request with the runtime's token. */
    HttpResponse<String> admin(String method, String path, String jsonBody) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.adminPort() + path))
                .header("Authorization", "Bearer " + Files.readString(directory.resolve("admin.token")).strip())
                .header("Content-Type", "application/json");
        request.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Publishes flow files through {@code POST /flows}. */
    HttpResponse<String> publish(Map<String, String> files) throws Exception {
        return admin("POST", "/flows", JSON.writeValueAsString(Map.of("files", files)));
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
