package org.centralita.runtime.rules;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.centralita.flows.rules.RuleFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs each decision on a rules worker thread and waits for it no longer than the time limit, so
 * that a consequence that runs on, recurses or exhausts memory fails the decision instead of the
 * call's thread. A decision past its limit is halted and interrupted; a worker still running
 * code that ignores both after a grace period is stopped, as the last resort against code that
 * got past the sandbox: it runs only that decision's own, disposed session.
 */
final class DecisionWatchdog {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionWatchdog.class);
    private static final Duration GRACE = Duration.ofMillis(500);
    private static final AtomicInteger WORKERS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> daemon(task,
            "centralita-rules-" + WORKERS.incrementAndGet()));
    private static final ScheduledExecutorService REAPER = Executors.newSingleThreadScheduledExecutor(task ->
            daemon(task, "centralita-rules-watchdog"));

    /** Work of one decision, told to stop when the limit passes. */
    interface Decision<T> {
        T run() throws RuleFailure;

        /** Asks the rule engine to stop firing (between firings). */
        void halt();
    }

    private DecisionWatchdog() {
    }

    /** Runs {@code decision} within {@code limit}; every way it can fail comes back as a RuleFailure. */
    static <T> T run(Decision<T> decision, Duration limit) throws RuleFailure {
        AtomicReference<Thread> worker = new AtomicReference<>();
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        Callable<T> task = () -> {
            worker.set(Thread.currentThread());
            if (mdc != null) {
                MDC.setContextMap(mdc);
            }
            try {
                return decision.run();
            } catch (StackOverflowError e) {
                throw new RuleFailure("the rules recursed too deep (StackOverflowError)", null);
            } catch (OutOfMemoryError e) {
                throw new RuleFailure("the rules ran out of memory (" + e.getMessage() + ")", null);
            } finally {
                MDC.clear();
                synchronized (worker) { // not while the reaper is stopping this decision
                    worker.set(null);
                }
            }
        };
        Future<T> future = POOL.submit(task);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop(decision, future, worker);
            throw new RuleFailure("the rules took longer than " + limit.toMillis() + " ms and were stopped", null);
        } catch (InterruptedException e) {
            stop(decision, future, worker);
            Thread.currentThread().interrupt();
            throw new RuleFailure("the call ended while the rules were deciding", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleFailure failure) {
                throw failure;
            }
            throw new RuleFailure("the rules failed: " + e.getCause(), e.getCause());
        }
    }

    private static void stop(Decision<?> decision, Future<?> future, AtomicReference<Thread> worker) {
        decision.halt();
        future.cancel(true);
        REAPER.schedule(() -> reap(worker), GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void reap(AtomicReference<Thread> worker) {
        synchronized (worker) { // the worker cannot leave this decision meanwhile
            Thread stuck = worker.get();
            if (stuck == null) {
                return;
            }
            LOG.warn("rules worker {} ignored halt and interrupt; stopping it", stuck.getName());
            try {
                // Thread.stop is the only way to end code that never checks for interruption; the
                // thread runs nothing but this decision, whose session is thrown away.
                stuck.stop();
            } catch (UnsupportedOperationException e) {
                LOG.error("rules worker {} cannot be stopped on this JVM and keeps running", stuck.getName());
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
