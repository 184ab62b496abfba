package org.centralita.runtime.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** A CRM that takes screen pops at {@code /screen-pop} (204) and hands each body to the test. */
final class ScreenPopCrm implements AutoCloseable {

    private final HttpServer server;

    private ScreenPopCrm(HttpServer server) {
        this.server = server;
    }

    static ScreenPopCrm start(Consumer<String> pops) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/screen-pop", exchange -> {
            pops.accept(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return new ScreenPopCrm(server);
    }

    /** The centralita.yaml lines of a connector whose screen pops come here. */
    String connectors() {
        return """
                connectors:
                  crm: {base-url: "http://127.0.0.1:%d", timeout: 2s, screen-pop: {path: /screen-pop}}
                """.formatted(server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
