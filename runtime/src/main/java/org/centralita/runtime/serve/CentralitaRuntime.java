package org.centralita.runtime.serve;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.centralita.runtime.admin.AdminRoutes;
import org.centralita.runtime.admin.AdminServer;
import org.centralita.runtime.admin.AdminToken;
import org.centralita.runtime.admin.LiveCalls;
import org.centralita.runtime.admin.RuntimeMetrics;
import org.centralita.runtime.admin.RuntimeStatus;
import org.centralita.runtime.publish.FlowBuilder;
import org.centralita.runtime.publish.FlowDirectoryWatcher;
import org.centralita.runtime.publish.FlowRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole runtime process: the flow repository serving the flows directory, where calls come
 * in, the records store and the admin HTTP, started in that order and stopped gracefully in the
 * reverse one (stop taking calls, drain live calls up to a deadline, flush records, stop HTTP).
 */
public final class CentralitaRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(CentralitaRuntime.class);

    private final ServeSettings settings;
    private final RuntimeMetrics metrics = new RuntimeMetrics();
    private final RuntimeStatus status;
    private final LiveCalls liveCalls;
    private final FlowRepository repository;
    private final List<AutoCloseable> started = new ArrayList<>();
    private FlowDirectoryWatcher watcher;
    private CallIntake intake;
    private AdminServer admin;
    private final List<AdminRoutes> adminRoutes = new ArrayList<>();
    private int adminPort;
    private boolean stopped;

    public CentralitaRuntime(ServeSettings settings, FlowBuilder builder, Clock clock) {
        this.settings = settings;
        this.status = new RuntimeStatus(RuntimeStatus.implementationVersion(), clock);
        this.liveCalls = new LiveCalls(metrics, clock);
        this.repository = new FlowRepository(builder, settings.versionsKept(), clock);
    }

    /** Adds endpoints to the admin HTTP server (the reports); call before {@link #start}. */
    public void addAdminRoutes(AdminRoutes routes) {
        adminRoutes.add(routes);
    }

    /**
     * Loads the flows, then starts taking calls, then opens the admin HTTP; logs one line per
     * component with where it listens.
     *
     * @param intake where calls come in, or null for none (publishing and admin only)
     * @param records where call records go, or null when nothing is kept
     */
    public synchronized void start(CallIntake intake, RecordsOutlet records) {
        start(intake, records, null);
    }

    /**
     * As {@link #start(CallIntake, RecordsOutlet)}, with published versions shared through the
     * store: attached before the flows directory is served, so the directory's publish goes to
     * the store too.
     *
     * @param shared the store's versions, or null when this runtime keeps its own
     */
    public synchronized void start(CallIntake intake, RecordsOutlet records, SharedVersions shared) {
        if (shared != null) {
            shared.attach(repository);
            started.add(shared);
            LOG.info("flows: published versions shared through the records store ({} flow(s) there)",
                    repository.flows().size());
        }
        watcher = new FlowDirectoryWatcher(settings.flows(), repository, settings.debounce());
        watcher.start();
        LOG.info("flows: serving {} ({} flow(s){})", watcher.directory(), repository.flows().size(),
                settings.watch() ? ", watching for saved changes" : "");
        if (!settings.watch()) {
            watcher.close();
        }
        if (records != null) {
            started.add(records);
            LOG.info("records: {}", records.describe());
        }
        if (intake != null) {
            this.intake = intake;
            LOG.info("calls: {}", intake.start());
        }
        admin = new AdminServer(settings.admin(), AdminToken.loadOrCreate(settings.admin().tokenFile()),
                repository, liveCalls, metrics, status);
        adminRoutes.forEach(admin::routes);
        adminPort = admin.start();
    }

    /**
     * Stops gracefully; safe to call twice (the shutdown hook and a test). Calls still running at
     * the drain deadline are left to end with the process.
     */
    public synchronized void shutdown() {
        if (stopped) {
            return;
        }
        stopped = true;
        // intake first: once health says draining, no new call can be taken any more
        Optional.ofNullable(intake).ifPresent(CallIntake::stopAccepting);
        status.startDraining();
        LOG.info("shutting down: no new calls; {} live call(s), waiting up to {}", liveCalls.count(), settings.drain());
        drain();
        Optional.ofNullable(intake).ifPresent(CallIntake::close);
        Optional.ofNullable(watcher).ifPresent(FlowDirectoryWatcher::close);
        started.forEach(CentralitaRuntime::closeQuietly);
        Optional.ofNullable(admin).ifPresent(AdminServer::close);
        LOG.info("stopped");
    }

    private void drain() {
        try {
            if (!liveCalls.awaitDrained(settings.drain())) {
                LOG.warn("{} call(s) still running at the drain deadline", liveCalls.count());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("drain interrupted with {} call(s) running", liveCalls.count());
        }
    }

    private static void closeQuietly(AutoCloseable component) {
        try {
            component.close();
        } catch (Exception e) {
            LOG.error("closing {} failed", component, e);
        }
    }

    public FlowRepository repository() {
        return repository;
    }

    public LiveCalls liveCalls() {
        return liveCalls;
    }

    public RuntimeMetrics metrics() {
        return metrics;
    }

    /** What {@code /health} reports; shared threads are watched through it. */
    public RuntimeStatus status() {
        return status;
    }

    /** The admin HTTP port, once started (the configured one, or the one picked for port 0). */
    public int adminPort() {
        return adminPort;
    }
}
