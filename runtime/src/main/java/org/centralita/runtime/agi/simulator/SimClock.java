package org.centralita.runtime.agi.simulator;

import java.util.concurrent.TimeUnit;

/**
 * The simulator's clock: virtual milliseconds that run {@code 1/scale} times faster than real
 * time, so that a test does not wait real seconds for a 5 s time-out, while a benchmark can run
 * in real time (scale 1).
 */
public final class SimClock {
    private final double scale;
    private final long origin = System.nanoTime();

    private SimClock(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        this.scale = scale;
    }

    /** Real time: one virtual millisecond lasts one millisecond. */
    public static SimClock realTime() {
        return new SimClock(1.0);
    }

    /** One virtual millisecond lasts {@code scale} real milliseconds (0.1: ten times faster). */
    public static SimClock scaled(double scale) {
        return new SimClock(scale);
    }

    public double scale() {
        return scale;
    }

    /** Virtual milliseconds since the clock was made. */
    public long now() {
        return (long) ((System.nanoTime() - origin) / 1_000_000.0 / scale);
    }

    /** Real nanoseconds left until the virtual instant (negative when it has passed). */
    public long nanosUntil(long virtualMs) {
        if (virtualMs == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        long target = origin + (long) (virtualMs * scale * 1_000_000.0);
        return target - System.nanoTime();
    }

    /** Sleeps until the virtual instant. */
    public void sleepUntil(long virtualMs) throws InterruptedException {
        long nanos = nanosUntil(virtualMs);
        while (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(nanos, TimeUnit.SECONDS.toNanos(1)));
            nanos = nanosUntil(virtualMs);
        }
    }

    /** Sleeps for a virtual duration. */
    public void sleep(long virtualMs) throws InterruptedException {
        sleepUntil(now() + virtualMs);
    }
}
