package org.centralita.runtime.admin;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The JVM's thread meters as Micrometer's {@code JvmThreadMetrics} names them
 * ({@code jvm_threads_live}, {@code _daemon}, {@code _peak}, {@code _started},
 * {@code jvm_threads_states{state}}), but the threads' states counted from one dump of every
 * thread per scrape: {@code JvmThreadMetrics} dumps every thread once for each of the six states,
 * six safepoint operations over a thousand call threads at every scrape. The counts of one dump
 * serve the six gauges for {@link #FRESH}, less than any scrape interval.
 */
final class ThreadStates {

    static final Duration FRESH = Duration.ofSeconds(1);
    private static final String UNIT = "threads";

    private final ThreadMXBean threads;
    private final LongSupplier nanos;
    private final long freshNanos;
    private long[] counts;
    private long countedAt;

    ThreadStates(ThreadMXBean threads, LongSupplier nanos, Duration fresh) {
        this.threads = threads;
        this.nanos = nanos;
        this.freshNanos = fresh.toNanos();
    }

    /** Registers the thread meters on {@code registry}. */
    static void bindTo(MeterRegistry registry) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Gauge.builder("jvm.threads.peak", threads, ThreadMXBean::getPeakThreadCount)
                .description("The peak live thread count since the Java virtual machine started or peak was reset")
                .baseUnit(UNIT).register(registry);
        Gauge.builder("jvm.threads.daemon", threads, ThreadMXBean::getDaemonThreadCount)
                .description("The current number of live daemon threads").baseUnit(UNIT).register(registry);
        Gauge.builder("jvm.threads.live", threads, ThreadMXBean::getThreadCount)
                .description("The current number of live threads including both daemon and non-daemon threads")
                .baseUnit(UNIT).register(registry);
        FunctionCounter.builder("jvm.threads.started", threads, ThreadMXBean::getTotalStartedThreadCount)
                .description("The total number of application threads started in the JVM").baseUnit(UNIT)
                .register(registry);
        ThreadStates states = new ThreadStates(threads, System::nanoTime, FRESH);
        for (Thread.State state : Thread.State.values()) {
            Gauge.builder("jvm.threads.states", states, s -> s.count(state))
                    .tag("state", state.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .description("The current number of threads").baseUnit(UNIT).register(registry);
        }
    }

    /** The live threads in {@code state}, from a dump at most {@link #FRESH} old. */
    synchronized long count(Thread.State state) {
        long now = nanos.getAsLong();
        if (counts == null || now - countedAt >= freshNanos) {
            long[] counted = new long[Thread.State.values().length];
            for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (thread != null) {
                    counted[thread.getThreadState().ordinal()]++;
                }
            }
            counts = counted;
            countedAt = now;
        }
        return counts[state.ordinal()];
    }
}
