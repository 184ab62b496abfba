package org.centralita.runtime.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralita.runtime.health.SharedThread;

/**
 * What {@code GET /health} reports about the process: its version, since when it runs, whether
 * it is draining for shutdown, and the problems of the shared threads every call depends on (a
 * dead or stuck FastAGI reception or records writer); draining or any problem makes health
 * answer 503, so a balancer stops sending calls and a supervisor sees why.
 */
public final class RuntimeStatus {

    private final String version;
    private final Instant startedAt;
    private final Clock clock;
    private final List<SharedThread> watched = new CopyOnWriteArrayList<>();
    private volatile boolean draining;

    public RuntimeStatus(String version, Clock clock) {
        this.version = version;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /** The version in the runtime jar's manifest, or "development" when run from classes. */
    public static String implementationVersion() {
        String version = RuntimeStatus.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    public String version() {
        return version;
    }

    public Duration uptime() {
        return Duration.between(startedAt, clock.instant());
    }

    public boolean draining() {
        return draining;
    }

    /** Watches these threads from now on: each one dead or stuck is a problem health reports. */
    public void watch(Collection<SharedThread> threads) {
        watched.addAll(threads);
    }

    /** The threads watched. */
    public List<SharedThread> watched() {
        return List.copyOf(watched);
    }

    /** What is wrong now, one sentence per problem (empty when healthy). */
    public List<String> problems() {
        return watched.stream().map(SharedThread::problem).flatMap(Optional::stream).toList();
    }

    /** From now on health says "draining": called when shutdown begins. */
    public void startDraining() {
        draining = true;
    }
}
