package org.centralita.runtime.screenpop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/** A CRM's screen-pop endpoint on a local HTTP server: answers with the statuses a test gives, or hangs. */
final class CrmStub implements AutoCloseable {

    /** A request as the CRM received it. */
    record Received(String body, String authorization, String callId) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    private CrmStub(IntSupplier status, boolean hang) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/screen-pop", exchange -> answer(exchange, status, hang));
        server.start();
    }

    /** Answers every POST with the next of {@code statuses} (the last one repeats). */
    static CrmStub answering(int... statuses) {
        int[] next = {0};
        return new CrmStub(() -> statuses[Math.min(next[0]++, statuses.length - 1)], false);
    }

    /** Takes every POST and never answers until closed. */
    static CrmStub hanging() {
        return new CrmStub(() -> 200, true);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    List<Received> received() {
        return received;
    }

    private void answer(HttpExchange exchange, IntSupplier status, boolean hang) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(body, exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("X-Centralita-Call-Id")));
        if (hang) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.sendResponseHeaders(status.getAsInt(), -1);
        exchange.close();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
