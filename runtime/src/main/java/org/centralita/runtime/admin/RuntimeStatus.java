package org.centralita.runtime.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What {@code GET /health} reports about the process: its version, since when it runs, and
 * whether it is draining for shutdown (then health answers 503 so a balancer stops sending calls).
 */
public final class RuntimeStatus {

    private final String version;
    private final Instant startedAt;
    private final Clock clock;
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

    /** From now on health says "draining": called when shutdown begins. */
    public void startDraining() {
        draining = true;
    }
}
