package org.centralita.speech.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A bounded pool of expensive, non-thread-safe engines (FreeTTS voices, Sphinx4 recognizers):
 * created lazily up to a maximum, each lent to one caller at a time.
 */
public final class BoundedPool<T> implements AutoCloseable {

    private final Supplier<T> factory;
    private final Consumer<T> disposer;
    private final int maxSize;
    private final BlockingQueue<T> idle = new LinkedBlockingQueue<>();
    private final List<T> created = new ArrayList<>();

    public BoundedPool(int maxSize, Supplier<T> factory, Consumer<T> disposer) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, got " + maxSize);
        }
        this.maxSize = maxSize;
        this.factory = factory;
        this.disposer = disposer;
    }

    /** Runs {@code work} with an engine no other caller holds meanwhile; waits while all are lent. */
    public <R> R with(Function<T, R> work) {
        return with(engine -> false, work);
    }

    /** As {@link #with(Function)}, taking an idle engine that is {@code preferred} (say, already set up) if any. */
    public <R> R with(Predicate<T> preferred, Function<T, R> work) {
        T engine = acquire(preferred);
        try {
            return work.apply(engine);
        } finally {
            idle.add(engine);
        }
    }

    private T acquire(Predicate<T> preferred) {
        for (T candidate : idle) {
            if (preferred.test(candidate) && idle.remove(candidate)) {
                return candidate;
            }
        }
        T engine = idle.poll();
        if (engine != null) {
            return engine;
        }
        if (reserveCreation()) {
            return createReserved();
        }
        try {
            return idle.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a free engine", interrupted);
        }
    }

    private synchronized boolean reserveCreation() {
        if (created.size() >= maxSize) {
            return false;
        }
        created.add(null);
        return true;
    }

    private T createReserved() {
        try {
            T engine = factory.get();
            synchronized (this) {
                created.set(created.indexOf(null), engine);
            }
            return engine;
        } catch (RuntimeException failed) {
            synchronized (this) {
                created.remove(null);
            }
            throw failed;
        }
    }

    /** How many engines exist now (lent or idle). */
    public synchronized int size() {
        return (int) created.stream().filter(engine -> engine != null).count();
    }

    public int maxSize() {
        return maxSize;
    }

    @Override
    public synchronized void close() {
        created.stream().filter(engine -> engine != null).forEach(disposer);
        created.clear();
        idle.clear();
    }
}
