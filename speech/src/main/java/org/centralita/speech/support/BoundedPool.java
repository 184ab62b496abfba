package org.centralita.speech.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A bounded pool of expensive, non-thread-safe engines (FreeTTS voices, Sphinx4 recognizers):
 * created lazily up to a maximum, each lent to one caller at a time. An engine that cannot be created (any
 * exception or error from the factory) gives its place back and wakes the callers waiting, so a failed
 * creation never leaves them waiting for an engine that will not come.
 */
public final class BoundedPool<T> implements AutoCloseable {

    private final Supplier<T> factory;
    private final Consumer<T> disposer;
    private final int maxSize;
    /** Guarded by this: engines not lent, engines created, creations under way. */
    private final List<T> idle = new ArrayList<>();
    private final List<T> created = new ArrayList<>();
    private int creating;

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
            release(engine);
        }
    }

    private T acquire(Predicate<T> preferred) {
        synchronized (this) {
            while (idle.isEmpty() && created.size() + creating >= maxSize) {
                try {
                    wait();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for a free engine", interrupted);
                }
            }
            if (!idle.isEmpty()) {
                T engine = idle.stream().filter(preferred).findFirst().orElse(idle.get(0));
                idle.remove(engine);
                return engine;
            }
            creating++;
        }
        boolean madeOne = false;
        try {
            T engine = factory.get();
            synchronized (this) {
                created.add(engine);
            }
            madeOne = true;
            return engine;
        } finally {
            synchronized (this) {
                creating--;
                if (!madeOne) {
                    notifyAll();
                }
            }
        }
    }

    private synchronized void release(T engine) {
        idle.add(engine);
        notifyAll();
    }

    /** How many engines exist now (lent or idle). */
    public synchronized int size() {
        return created.size();
    }

    public int maxSize() {
        return maxSize;
    }

    @Override
    public synchronized void close() {
        created.forEach(disposer);
        created.clear();
        idle.clear();
    }
}
