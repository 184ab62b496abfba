package org.centralita.flows.expr;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How long one evaluation of an expression may run before it is stopped, wherever it runs
 * (validate, publish, a call). The sandbox already forbids loops, lambdas and the methods that
 * can work without bound in one call, and {@code =~} matches in linear time; the budget is the
 * bound that holds whatever an expression reads: a watchdog raises the evaluation's JEXL
 * cancellation flag at its deadline, JEXL stops at its next step and a long regex match stops
 * at its next characters.
 */
public final class EvaluationBudget {

    /**
     * The budget of every evaluation: expressions take microseconds, and even the first one in a
     * fresh process (JEXL's classes loading) far less than this; a caller notices no pause shorter.
     */
    public static final Duration DEFAULT = Duration.ofSeconds(1);

    /** One daemon thread for every deadline of the process: raising a flag is all it does. */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private EvaluationBudget() {
    }

    /**
     * Raises {@code cancellation} once {@code budget} has passed, unless the returned watch is
     * stopped first; a budget of zero is spent before the evaluation starts.
     */
    static Future<?> watch(AtomicBoolean cancellation, Duration budget) {
        if (budget.isZero() || budget.isNegative()) {
            cancellation.set(true);
            return CompletableFuture.completedFuture(null);
        }
        return WATCHDOG.schedule(() -> cancellation.set(true), budget.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "centralita-expression-budget");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
