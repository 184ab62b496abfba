package org.centralita.runtime.store;

import java.time.Duration;

/** Exponential back-off between attempts to reach the database: doubles up to a ceiling. */
final class Backoff {

    private final long minMillis;
    private final long maxMillis;
    private long current;

    Backoff(Duration min, Duration max) {
        this.minMillis = Math.max(1, min.toMillis());
        this.maxMillis = Math.max(minMillis, max.toMillis());
        this.current = minMillis;
    }

    /** The next pause, in milliseconds; each call doubles the following one. */
    long nextMillis() {
        long pause = current;
        current = Math.min(maxMillis, current * 2);
        return pause;
    }

    void reset() {
        current = minMillis;
    }
}
