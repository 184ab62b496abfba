package org.centralita.runtime.ami;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's link to Asterisk's manager interface, through Asterisk-Java's manager
 * connection. Logging in is retried with a doubling back-off until it succeeds (Asterisk may
 * start after the runtime, or refuse a secret being rotated); once logged in, a link that drops
 * is reconnected by Asterisk-Java itself. A link that stays silent past the read time-out is
 * taken as dropped, so a dead network path is noticed too.
 */
final class AmiLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AmiLink.class);
    private static final int CONNECT_TIMEOUT_MS = 3_000;

    private final AmiSettings settings;
    private final String secret;
    private final ScheduledExecutorService scheduler;
    private final ManagerEventListener listener;
    private volatile ManagerConnection connection;
    private volatile boolean closed;
    private Duration nextRetry;
    private int failures;

    AmiLink(AmiSettings settings, String secret, ScheduledExecutorService scheduler, ManagerEventListener listener) {
        this.settings = settings;
        this.secret = secret;
        this.scheduler = scheduler;
        this.listener = listener;
        this.nextRetry = settings.retryFirst();
    }

    /** Starts logging in, on the scheduler. */
    void start() {
        scheduler.execute(this::connect);
    }

    /** The connection when it is logged in now. */
    Optional<ManagerConnection> connection() {
        ManagerConnection current = connection;
        return current != null && current.getState() == ManagerConnectionState.CONNECTED
                ? Optional.of(current) : Optional.empty();
    }

    private void connect() {
        if (closed) {
            return;
        }
        DefaultManagerConnection attempt = new DefaultManagerConnection(settings.host(), settings.port(),
                settings.username(), secret);
        attempt.setSocketTimeout(CONNECT_TIMEOUT_MS);
        attempt.setSocketReadTimeout(readTimeoutMillis());
        attempt.addEventListener(listener);
        try {
            attempt.login();
            connection = attempt;
            LOG.info("AMI: logged in to {}:{} as {}", settings.host(), settings.port(), settings.username());
            failures = 0;
            nextRetry = settings.retryFirst();
        } catch (IOException | AuthenticationFailedException | TimeoutException | IllegalStateException e) {
            attempt.removeEventListener(listener);
            retryLater(e);
        }
    }

    private void retryLater(Exception cause) {
        if (failures++ == 0) {
            LOG.warn("AMI: cannot log in to {}:{} ({}); queue state is unknown, trying again with back-off",
                    settings.host(), settings.port(), describe(cause));
        } else {
            LOG.debug("AMI: log-in attempt {} failed: {}", failures, describe(cause));
        }
        if (!closed) {
            scheduler.schedule(this::connect, nextRetry.toMillis(), TimeUnit.MILLISECONDS);
            nextRetry = nextRetry.multipliedBy(2).compareTo(settings.retryMax()) > 0
                    ? settings.retryMax() : nextRetry.multipliedBy(2);
        }
    }

    /** Silence longer than a few refreshes means the link is dead, though no socket error said so. */
    private int readTimeoutMillis() {
        return (int) Math.max(10_000, settings.refresh().multipliedBy(4).toMillis());
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Logs off (which also stops Asterisk-Java reconnecting). */
    @Override
    public void close() {
        closed = true;
        ManagerConnection current = connection;
        if (current != null) {
            ManagerConnectionState state = current.getState();
            if (state == ManagerConnectionState.CONNECTED || state == ManagerConnectionState.RECONNECTING) {
                try {
                    current.logoff();
                } catch (IllegalStateException e) {
                    LOG.debug("AMI: the link closed while logging off", e);
                }
            }
        }
    }
}
