package org.centralita.runtime.health;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long-lived thread that every call depends on (the FastAGI reception, the records spooler and
 * writer), watched by {@code /health}: it must be alive, and beat while it works. One that died
 * (an error escaped it, or it ended without being stopped) or has not beaten for longer than its
 * {@code stuckAfter} is a problem, named with what it means for calls.
 */
public final class SharedThread {

    private static final Logger LOG = LoggerFactory.getLogger(SharedThread.class);

    private final String name;
    private final String duty;
    private final long stuckAfterNanos;
    private volatile Thread thread;
    private volatile long lastBeat = System.nanoTime();
    /** Set while the thread waits for work with no deadline (nothing to do: not stuck); a beat clears it. */
    private volatile boolean idle;
    private volatile boolean stopping;
    private volatile String death;

    /**
     * @param name the thread's name
     * @param duty what stops when it is dead, for the health message ("call records are not written")
     * @param stuckAfter how long without a beat means it is stuck
     */
    public SharedThread(String name, String duty, Duration stuckAfter) {
        this.name = name;
        this.duty = duty;
        this.stuckAfterNanos = stuckAfter.toNanos();
    }

    /** Starts {@code body} on a daemon thread of this name; an error escaping it is logged and remembered. */
    public Thread start(Runnable body) {
        Thread started = new Thread(() -> run(body), name);
        started.setDaemon(true);
        thread = started;
        lastBeat = System.nanoTime();
        started.start();
        return started;
    }

    private void run(Runnable body) {
        try {
            body.run();
            if (!stopping) {
                death = "it ended without being stopped";
                LOG.error("shared thread {} ended without being stopped: {}", name, duty);
            }
        } catch (Throwable e) { // the thread ends either way: what ended it must reach /health and the log
            death = "it died of " + e;
            LOG.error("shared thread {} died: {}", name, duty, e);
        }
    }

    /** Says the thread is still doing its work; called at least once per round of its loop. */
    public void beat() {
        lastBeat = System.nanoTime();
        idle = false;
    }

    /**
     * Says the thread is about to wait for work with no deadline (a selector with nothing
     * registered but the listener, a queue with nothing in it), so that it need not wake only to
     * beat: it is not stuck however long it waits. The next {@link #beat()}, when work wakes it,
     * clears this.
     */
    public void idle() {
        lastBeat = System.nanoTime();
        idle = true;
    }

    /** Says the thread is being stopped on purpose (a shutdown): its end is not a problem. */
    public void stopping() {
        stopping = true;
    }

    public String name() {
        return name;
    }

    /** The thread itself once started (for thread dumps and tests), or empty. */
    public Optional<Thread> thread() {
        return Optional.ofNullable(thread);
    }

    /** What is wrong with the thread now, for {@code /health}; empty when it is alive and beating, or stopped on purpose. */
    public Optional<String> problem() {
        Thread current = thread;
        if (stopping || current == null) {
            return Optional.empty();
        }
        String died = death;
        if (died != null || !current.isAlive()) {
            return Optional.of(name + " is dead (" + (died == null ? "it ended" : died) + "): " + duty);
        }
        long silentNanos = System.nanoTime() - lastBeat;
        if (!idle && silentNanos > stuckAfterNanos) {
            return Optional.of(name + " is stuck (no progress for " + TimeUnit.NANOSECONDS.toSeconds(silentNanos)
                    + " s): " + duty);
        }
        return Optional.empty();
    }
}
