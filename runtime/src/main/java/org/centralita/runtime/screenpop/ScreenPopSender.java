package org.centralita.runtime.screenpop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.centralita.runtime.admin.RuntimeMetrics;
import org.centralita.runtime.config.ConnectorConfig;
import org.centralita.runtime.engine.HandoffListener;
import org.centralita.runtime.engine.QueueHandoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The CRM screen pop: for each call handed to a queue, POSTs its context (JSON: call id, flow,
 * version, node, queue, priority, context with secrets masked) to every connector that defines a
 * {@code screen-pop} endpoint. The call never waits: posts run on a small pool, at most
 * {@link #MAX_PENDING} at once (more are dropped and counted), and a failed try (no answer
 * within the connector's time-out, or an answer other than 2xx) is tried again after a doubling
 * back-off, up to {@code retries} times. Failures are logged with the call id.
 */
public final class ScreenPopSender implements HandoffListener, AutoCloseable {

    /** Screen pops waiting or in flight at once; beyond, a CRM that is down must not eat the memory. */
    static final int MAX_PENDING = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(ScreenPopSender.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ScreenPopTarget> targets;
    private final RuntimeMetrics metrics;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledThreadPoolExecutor pool;
    private final AtomicInteger pending = new AtomicInteger();

    ScreenPopSender(List<ScreenPopTarget> targets, RuntimeMetrics metrics) {
        this.targets = List.copyOf(targets);
        this.metrics = metrics;
        this.pool = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "screen-pop");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The screen pop for the connectors of {@code centralita.yaml}, or {@link HandoffListener#NONE}
     * when none defines {@code screen-pop}; tokens are read from {@code environment}.
     */
    public static HandoffListener fromConfig(Map<String, ConnectorConfig> connectors, UnaryOperator<String> environment,
                                             RuntimeMetrics metrics) {
        List<ScreenPopTarget> targets = ScreenPopTarget.of(connectors, environment);
        return targets.isEmpty() ? HandoffListener.NONE : new ScreenPopSender(targets, metrics);
    }

    @Override
    public void queued(QueueHandoff handoff) {
        if (pool.isShutdown()) {
            return;
        }
        String body;
        try {
            body = JSON.writeValueAsString(payload(handoff));
        } catch (JsonProcessingException e) {
            LOG.warn("call {}: the screen pop cannot be written as JSON", handoff.callId(), e);
            return;
        }
        for (ScreenPopTarget target : targets) {
            if (pending.incrementAndGet() > MAX_PENDING) {
                pending.decrementAndGet();
                LOG.warn("call {}: screen pop to '{}' dropped: {} already pending", handoff.callId(),
                        target.connector(), MAX_PENDING);
                metrics.screenPop(target.connector(), "dropped");
            } else {
                pool.execute(() -> attempt(target, handoff.callId(), body, 1));
            }
        }
    }

    /** Screen pops waiting or in flight now. */
    public int pending() {
        return pending.get();
    }

    private void attempt(ScreenPopTarget target, String callId, String body, int attempt) {
        MDC.put("call", callId);
        try {
            String failure = post(target, callId, body);
            if (failure == null) {
                finish(target, "delivered");
            } else if (attempt <= target.retries() && !pool.isShutdown()) {
                LOG.debug("screen pop to '{}' try {} failed ({}); trying again", target.connector(), attempt, failure);
                pool.schedule(() -> attempt(target, callId, body, attempt + 1),
                        target.waitBefore(attempt + 1).toMillis(), TimeUnit.MILLISECONDS);
            } else {
                LOG.warn("screen pop to '{}' failed after {} tries: {}", target.connector(), attempt, failure);
                finish(target, "failed");
            }
        } finally {
            MDC.remove("call");
        }
    }

    private void finish(ScreenPopTarget target, String result) {
        pending.decrementAndGet();
        metrics.screenPop(target.connector(), result);
    }

    /** Posts once; null when the CRM took it, else why not. Never logs the body: it carries caller data. */
    private String post(ScreenPopTarget target, String callId, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.uri()).timeout(target.timeout())
                .header("Content-Type", "application/json").header("X-Centralita-Call-Id", callId)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target.token() != null && !target.token().isEmpty()) {
            request.header("Authorization", "Bearer " + target.token());
        }
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status <= 299 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static Map<String, Object> payload(QueueHandoff handoff) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("call_id", handoff.callId());
        payload.put("flow", handoff.flowId());
        payload.put("version", handoff.version());
        payload.put("node", handoff.node());
        payload.put("queue", handoff.queue());
        payload.put("priority", handoff.priority());
        payload.put("context", handoff.context());
        return payload;
    }

    /** Stops: pops still waiting for a retry are abandoned (the call was handed over long ago). */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
