package org.centralita.runtime.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The examples' CRM fixture on an ephemeral 127.0.0.1 port: {@code GET /accounts/<n>} answers
 * examples/crm/accounts.json's {@code accounts[n]} (200), its listed failures' status, else 404.
 */
final class ExampleCrm implements AutoCloseable {

    private final JsonNode fixture;
    private final HttpServer server;

    ExampleCrm(Path accountsJson) throws IOException {
        this.fixture = new ObjectMapper().readTree(accountsJson.toFile());
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/accounts/", this::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String account = exchange.getRequestURI().getPath().substring("/accounts/".length());
        JsonNode found = fixture.path("accounts").path(account);
        JsonNode failure = fixture.path("failures").path(account);
        int status = found.isObject() ? 200 : failure.path("status").asInt(404);
        byte[] body = (found.isObject() ? found.toString() : "{\"error\":\"" + status + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
