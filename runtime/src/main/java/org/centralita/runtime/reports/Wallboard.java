package org.centralita.runtime.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.centralita.runtime.store.RecordsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live wallboard: pushes a new {@link WallboardSnapshot} to every open page (server-sent
 * events, {@code event: wallboard}) soon after a queue event is kept, and every few seconds so
 * that the longest wait keeps counting. A burst of events is one push.
 */
public final class Wallboard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Wallboard.class);
    private static final long BURST_MILLIS = 100;
    private static final long TICK_SECONDS = 5;

    private final WallboardQuery query;
    private final ObjectMapper json = new ObjectMapper();
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean pushQueued = new AtomicBoolean();
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "wallboard-push");
        thread.setDaemon(true);
        return thread;
    });

    public Wallboard(RecordsStore store, Reports reports, QueueEventStore events, ZoneId zone, Clock clock) {
        this(store, reports, events, new AgentStates(), zone, clock);
    }

    /** With the agents' state from AMI ({@code QueueMemberStatus}): counted from it while it knows any member. */
    public Wallboard(RecordsStore store, Reports reports, QueueEventStore events, AgentStates agents, ZoneId zone,
                     Clock clock) {
        this.query = new WallboardQuery(store, reports, agents, zone, clock);
        events.onStored(event -> changed());
        agents.onChange(this::changed);
        pusher.scheduleWithFixedDelay(this::pushIfWatched, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /** The wallboard now, as JSON. */
    public String snapshotJson() {
        try {
            return json.writeValueAsString(query.take());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the wallboard could not be written as JSON", e);
        }
    }

    /** A page opened the live feed: it gets the wallboard at once, then every change. */
    void subscribe(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendEvent("wallboard", snapshotJson());
    }

    /** How many pages are watching now. */
    public int watchers() {
        return clients.size();
    }

    /** A queue event was kept: push soon (one push for a burst). */
    void changed() {
        if (pushQueued.compareAndSet(false, true)) {
            pusher.schedule(this::push, BURST_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void pushIfWatched() {
        if (!clients.isEmpty()) {
            push();
        }
    }

    private void push() {
        pushQueued.set(false);
        if (clients.isEmpty()) {
            return;
        }
        try {
            String snapshot = snapshotJson();
            for (SseClient client : clients) {
                if (client.terminated()) {
                    clients.remove(client);
                } else {
                    client.sendEvent("wallboard", snapshot);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("wallboard: could not push the new state ({}); the next event or tick tries again", e.getMessage());
        }
    }

    @Override
    public void close() {
        pusher.shutdownNow();
        clients.forEach(SseClient::close);
    }
}
