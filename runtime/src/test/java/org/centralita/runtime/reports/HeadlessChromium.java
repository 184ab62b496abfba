package org.centralita.runtime.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol (JSON over a WebSocket, with
 * the JDK's own client): open a page, evaluate JavaScript in it, take a screenshot. Started with
 * the flags ../shared/BUILD.md found to work here; {@code CENTRALITA_CHROMIUM} names another binary.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies;

    private HeadlessChromium(Process process, Path profile, WebSocket socket, Map<Integer, CompletableFuture<JsonNode>> replies) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        this.replies = replies;
    }

    static HeadlessChromium start() throws Exception {
        String binary = System.getenv().getOrDefault("CENTRALITA_CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(binary))) {
            throw new IllegalStateException(binary + " not found: install Debian's chromium (apt-get install chromium;"
                    + " .ci/run does) or set CENTRALITA_CHROMIUM");
        }
        Path profile = Files.createTempDirectory("centralita-chromium");
        Process process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserUrl = devToolsUrl(process);
        URI endpoint = URI.create(browserUrl);
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://" + endpoint.getAuthority() + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String pageUrl = null;
        for (JsonNode target : JSON.readTree(list)) {
            if ("page".equals(target.path("type").asText())) {
                pageUrl = target.path("webSocketDebuggerUrl").asText();
            }
        }
        if (pageUrl == null) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium opened no page target: " + list);
        }
        Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new Replies(pending)).get(20, TimeUnit.SECONDS);
        return new HeadlessChromium(process, profile, socket, pending);
    }

    /** Reads Chromium's standard error until it says where its DevTools endpoint listens. */
    private static String devToolsUrl(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = err.readLine()) != null) {
            if (line.startsWith("DevTools listening on ")) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return line.substring("DevTools listening on ".length()).strip();
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("chromium ended before opening DevTools:\n" + seen);
    }

    /** Sends one DevTools command and waits for its result. */
    JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        JsonNode answer = reply.get(30, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    void open(String url) throws Exception {
        send("Page.navigate", Map.of("url", url));
    }

    /** The value of a JavaScript expression in the page (promises awaited). */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        return result.path("result").path("value");
    }

    /** Saves what the page shows as a PNG (kept under target/ as a build artefact). */
    Path screenshot(Path file) throws Exception {
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
        return file;
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Chromium may still be writing its profile while it exits: the temporary directory stays
        }
    }

    /** Hands each reply to the command that waits for it (frames may come in parts). */
    private static final class Replies implements WebSocket.Listener {
        private final Map<Integer, CompletableFuture<JsonNode>> pending;
        private final StringBuilder partial = new StringBuilder();

        Replies(Map<Integer, CompletableFuture<JsonNode>> pending) {
            this.pending = pending;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("DevTools sent a message that is not JSON", e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
