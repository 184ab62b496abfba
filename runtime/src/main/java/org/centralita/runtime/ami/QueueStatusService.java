package org.centralita.runtime.ami;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.asteriskjava.manager.EventTimeoutException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.QueueSummaryAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.centralita.runtime.engine.QueueState;
import org.centralita.runtime.engine.QueueStates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ACD queue state from Asterisk's manager interface, for flows ({@code call.queues.NAME}): a
 * snapshot of every queue (QueueSummary: callers waiting, agents logged in and available, hold
 * time, longest wait) refreshed every {@code ami.refresh} and soon after any queue or agent
 * event. Calls read the snapshot only, so a read never waits on Asterisk; while the link is
 * down, or the snapshot has grown old, every queue is unknown and flows take their ordinary path.
 */
public final class QueueStatusService implements QueueStates, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueueStatusService.class);
    /** Events come in bursts in a busy center: one refresh answers a whole burst. */
    private static final long EVENT_REFRESH_DELAY_MS = 200;
    private static final long ANSWER_TIMEOUT_MS = 2_000;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ami-queue-status");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<QueueSnapshot> snapshot = new AtomicReference<>(QueueSnapshot.NONE);
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final Duration maxAge;
    private final AmiLink link;
    private final List<ManagerEventListener> listeners = new CopyOnWriteArrayList<>();

    private QueueStatusService(AmiSettings settings, String secret) {
        this.maxAge = settings.refresh().multipliedBy(3).compareTo(Duration.ofSeconds(2)) < 0
                ? Duration.ofSeconds(2) : settings.refresh().multipliedBy(3);
        this.link = new AmiLink(settings, secret, scheduler, this::onEvent);
        long every = settings.refresh().toMillis();
        scheduler.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts logging in to the manager interface (in the background: this returns at once); the
     * secret is read from {@code environment} (e.g. {@code System::getenv}) under {@code secret-env}.
     */
    public static QueueStatusService start(AmiSettings settings, UnaryOperator<String> environment) {
        String secret = environment.apply(settings.secretEnv());
        if (secret == null) {
            LOG.warn("AMI: the environment variable {} (ami.secret-env) is not set; logging in without a secret",
                    settings.secretEnv());
        }
        QueueStatusService service = new QueueStatusService(settings, secret == null ? "" : secret);
        service.link.start();
        return service;
    }

    @Override
    public QueueState state(String queue) {
        return known().getOrDefault(queue, QueueState.unknown());
    }

    @Override
    public Map<String, QueueState> known() {
        QueueSnapshot current = snapshot.get();
        return current.freshAt(Instant.now(), maxAge) ? current.queues() : Map.of();
    }

    /** Whether the manager link is logged in now. */
    public boolean connected() {
        return link.connection().isPresent();
    }

    /** Also hands every manager event to {@code listener} (the reports' live queue events), on the link's thread. */
    public void addEventListener(ManagerEventListener listener) {
        listeners.add(listener);
    }

    private void onEvent(ManagerEvent event) {
        listeners.forEach(listener -> listener.onManagerEvent(event));
        if (event instanceof DisconnectEvent) {
            snapshot.set(QueueSnapshot.NONE);
            LOG.warn("AMI: the link dropped; queue state is unknown until it is back");
        } else if (event instanceof ConnectEvent) {
            queueRefresh(0);
        } else if (isQueueChange(event)) {
            queueRefresh(EVENT_REFRESH_DELAY_MS);
        }
    }

    /** A queue or agent event Asterisk sent of itself (not one answering our own QueueSummary). */
    private static boolean isQueueChange(ManagerEvent event) {
        if (event instanceof ResponseEvent response && response.getInternalActionId() != null) {
            return false;
        }
        String name = event.getClass().getSimpleName();
        return name.startsWith("Queue") || name.startsWith("Agent");
    }

    private void queueRefresh(long delayMillis) {
        if (refreshQueued.compareAndSet(false, true)) {
            scheduler.schedule(this::refresh, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void refresh() {
        refreshQueued.set(false);
        Optional<ManagerConnection> connection = link.connection();
        if (connection.isEmpty()) {
            return;
        }
        try {
            ResponseEvents answer = connection.get().sendEventGeneratingAction(new QueueSummaryAction(), ANSWER_TIMEOUT_MS);
            if (answer.getResponse() instanceof ManagerError error) {
                LOG.warn("AMI: QueueSummary refused: {} (does the manager user have the 'agent' read permission?)",
                        error.getMessage());
                return;
            }
            snapshot.set(QueueSnapshot.of(answer.getEvents(), Instant.now()));
        } catch (IOException | EventTimeoutException | IllegalStateException e) {
            LOG.debug("AMI: QueueSummary failed; the last snapshot stands until it grows old", e);
        }
    }

    /** Logs off and stops refreshing. */
    @Override
    public void close() {
        link.close();
        scheduler.shutdownNow();
    }
}
