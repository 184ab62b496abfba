package org.centralita.runtime.crm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP CRM on 127.0.0.1 for tests: {@code /accounts/12345678} is found, {@code /accounts/500}
 * fails, {@code /slow/...} answers only when the test is over, anything else is 404. Keeps the
 * requests it received.
 */
public final class FakeCrm implements AutoCloseable {

    /** What the CRM saw of one request. */
    public record Received(String method, URI uri, String authorization, String body) {
    }

    private final HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public FakeCrm() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/api/slow")) {
            awaitRelease();
            reply(exchange, 200, "{}");
        } else if (path.equals("/api/accounts/12345678")) {
            reply(exchange, 200, "{\"name\": \"Jordan Lee\", \"balance\": 1520.75, \"vip\": true,"
                    + " \"card\": {\"status\": \"active\", \"pin\": \"9999\"}}");
        } else if (path.equals("/api/accounts/500")) {
            reply(exchange, 500, "{\"error\": \"boom\"}");
        } else {
            reply(exchange, 404, "");
        }
    }

    private void awaitRelease() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Answers {@code exchange} with this status and JSON body (no body when empty). */
    public static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
