package org.centralita.runtime.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.centralita.flows.model.Durations;
import org.centralita.runtime.crm.FakeCrm;

/**
 * The examples' CRM on 127.0.0.1 (an ephemeral port), serving {@code examples/crm/accounts.json}
 * as the fixture describes: {@code GET /accounts/<account>} answers the account (200), a listed
 * failure (its status, or an answer held back for its delay), or 404.
 */
public final class ExampleCrm implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNTS = "/accounts/";
    private static final String EXAMPLES_CRM = "http://127.0.0.1:9090";

    private final JsonNode fixture;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);

    public ExampleCrm(Path accountsJson) throws IOException {
        fixture = JSON.readTree(accountsJson.toFile());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // A slow answer must not hold up the next call's request.
        server.setExecutor(workers);
        server.start();
    }

    /**
     * examples/centralita.yaml written into {@code dir} with its CRM connector pointed at this
     * server instead of the fixed address the file names.
     */
    public Path examplesConfigIn(Path root, Path dir) throws IOException {
        String examplesConfig = Files.readString(root.resolve("examples/centralita.yaml"));
        if (!examplesConfig.contains(EXAMPLES_CRM)) {
            throw new IllegalStateException("examples/centralita.yaml no longer names the CRM at " + EXAMPLES_CRM);
        }
        return Files.writeString(dir.resolve("centralita.yaml"), examplesConfig.replace(EXAMPLES_CRM, baseUrl()));
    }

    /** The base URL the {@code crm} connector is configured with. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String account = path.startsWith(ACCOUNTS) ? path.substring(ACCOUNTS.length()) : "";
        JsonNode found = fixture.path("accounts").path(account);
        JsonNode failure = fixture.path("failures").path(account);
        if (failure.has("status")) {
            FakeCrm.reply(exchange, failure.get("status").asInt(), "{\"error\": \"" + failure.path("note").asText() + "\"}");
        } else if (failure.has("delay")) {
            holdFor(Durations.parse(failure.get("delay").asText()).orElseThrow());
            FakeCrm.reply(exchange, 200, "{}");
        } else if (found.isObject()) {
            FakeCrm.reply(exchange, 200, JSON.writeValueAsString(found));
        } else {
            FakeCrm.reply(exchange, 404, "");
        }
    }

    /** Holds a slow answer back for its delay, or until the server closes. */
    private void holdFor(Duration delay) {
        try {
            closing.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        workers.shutdownNow();
    }
}
