package org.centralita.runtime.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a runtime when a flow's active version changes in the store. On PostgreSQL it listens
 * for the notification a publish sends (one dedicated connection, re-opened when lost, with a
 * full comparison after each reconnect so nothing missed meanwhile is lost); on H2 it polls.
 */
public final class FlowVersionWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FlowVersionWatch.class);
    private static final int LISTEN_WAIT_MILLIS = 250;

    private final RecordsStore store;
    private final Consumer<List<FlowVersion>> onActivated;
    private final long pollMillis;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Backoff backoff;
    private final Thread thread;
    private Map<String, Integer> known = new HashMap<>();
    private Connection listening;

    private FlowVersionWatch(RecordsStore store, Consumer<List<FlowVersion>> onActivated, Duration pollInterval) {
        this.store = store;
        this.onActivated = onActivated;
        this.pollMillis = Math.max(10, pollInterval.toMillis());
        this.backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));
        this.thread = new Thread(this::run, "flow-version-watch");
        this.thread.setDaemon(true);
    }

    static FlowVersionWatch start(RecordsStore store, Consumer<List<FlowVersion>> onActivated, Duration pollInterval) {
        FlowVersionWatch watch = new FlowVersionWatch(store, onActivated, pollInterval);
        watch.compare(false);
        watch.thread.start();
        return watch;
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeListening();
    }

    private void run() {
        try {
            while (closed.getCount() > 0) {
                if (store.postgres()) {
                    listenOnce();
                } else if (!closed.await(pollMillis, TimeUnit.MILLISECONDS)) {
                    compare(true);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listenOnce() throws InterruptedException {
        try {
            if (listening == null) {
                listening = openListening();
                compare(true);
                backoff.reset();
            }
            // Short waits keep close() prompt; the poll interval only matters on H2.
            PGNotification[] notifications = listening.unwrap(PGConnection.class)
                    .getNotifications(LISTEN_WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                compare(true);
            }
        } catch (SQLException | RecordsStoreException e) {
            LOG.warn("flow version watch on {} lost its connection ({}); reconnecting", store.describe(),
                    e.getMessage());
            closeListening();
            closed.await(backoff.nextMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private Connection openListening() throws SQLException {
        store.ensureMigrated();
        StoreSettings settings = store.settings();
        Properties properties = new Properties();
        if (settings.effectiveUser() != null) {
            properties.setProperty("user", settings.effectiveUser());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", String.valueOf(Math.max(1, settings.connectTimeout().toSeconds())));
        Connection connection = DriverManager.getConnection(settings.jdbcUrl(), properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + FlowVersionRows.CHANNEL);
        }
        return connection;
    }

    /**
     * Reads the active versions (one statement, so one committed state: a bundle published
     * together is seen whole or not at all) and reports those that differ from the last reading
     * in one call.
     */
    private void compare(boolean report) {
        Map<String, Integer> now = new HashMap<>();
        List<FlowVersion> changed = new ArrayList<>();
        try {
            for (FlowVersion version : store.flowVersions().active()) {
                now.put(version.flowId(), version.version());
                if (!Integer.valueOf(version.version()).equals(known.get(version.flowId()))) {
                    changed.add(version);
                }
            }
            known = now;
        } catch (RecordsStoreException e) {
            LOG.warn("flow version watch cannot read {} ({}); trying again", store.describe(), e.getMessage());
        }
        if (report && !changed.isEmpty()) {
            tell(changed);
        }
    }

    private void tell(List<FlowVersion> versions) {
        try {
            onActivated.accept(List.copyOf(versions));
        } catch (RuntimeException e) {
            LOG.error("flow version listener failed on {}", versions.stream()
                    .map(v -> v.flowId() + " version " + v.version()).toList(), e);
        }
    }

    private void closeListening() {
        if (listening == null) {
            return;
        }
        try {
            listening.close();
        } catch (SQLException e) {
            LOG.debug("closing the flow version listening connection: {}", e.getMessage());
        }
        listening = null;
    }
}
