package org.centralita.runtime.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.management.ThreadMXBean;

/**
 * What one FastAGI server did in a benchmark phase: how many calls its script held at once (and
 * for how long all of them), and the CPU time and memory its own threads used. The threads are
 * known because each call registers the thread serving it; their totals are read at the end
 * while they are alive, or taken from the last call they served if the pool let them go.
 */
final class ServerWork {
    /** CPU nanoseconds and allocated bytes of a set of threads. */
    record Usage(long cpuNanos, long allocatedBytes) {
        Usage plus(Usage other) {
            return new Usage(cpuNanos + other.cpuNanos, allocatedBytes + other.allocatedBytes);
        }
    }

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final int target;
    private final Map<Long, Usage> lastSeen = new ConcurrentHashMap<>();
    private int held;
    private int peak;
    private int started;
    private long fullSince = -1;
    private long fullNanos;

    /** @param target the number of calls that counts as "all held" */
    ServerWork(int target) {
        this.target = target;
        THREADS.setThreadCpuTimeEnabled(true);
        THREADS.setThreadAllocatedMemoryEnabled(true);
    }

    void callStarted() {
        lastSeen.putIfAbsent(Thread.currentThread().getId(), new Usage(0, 0));
        synchronized (this) {
            started++;
            held++;
            peak = Math.max(peak, held);
            if (held == target) {
                fullSince = System.nanoTime();
            }
        }
    }

    void callEnded() {
        long id = Thread.currentThread().getId();
        lastSeen.put(id, new Usage(THREADS.getCurrentThreadCpuTime(), THREADS.getThreadAllocatedBytes(id)));
        synchronized (this) {
            if (held == target && fullSince >= 0) {
                fullNanos += System.nanoTime() - fullSince;
                fullSince = -1;
            }
            held--;
        }
    }

    synchronized int held() {
        return held;
    }

    synchronized int peak() {
        return peak;
    }

    synchronized int started() {
        return started;
    }

    /** How long every one of the target calls was held at the same time. */
    synchronized Duration allHeldFor() {
        long open = fullSince >= 0 ? System.nanoTime() - fullSince : 0;
        return Duration.ofNanos(fullNanos + open);
    }

    /** The CPU and allocations of every thread that served a call, plus the named ones (an accept loop). */
    Usage usage(String... otherThreads) {
        Usage total = new Usage(0, 0);
        for (Map.Entry<Long, Usage> thread : lastSeen.entrySet()) {
            total = total.plus(now(thread.getKey(), thread.getValue()));
        }
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && !lastSeen.containsKey(info.getThreadId())
                    && List.of(otherThreads).contains(info.getThreadName())) {
                total = total.plus(now(info.getThreadId(), new Usage(0, 0)));
            }
        }
        return total;
    }

    private static Usage now(long id, Usage last) {
        long cpu = THREADS.getThreadCpuTime(id);
        long allocated = THREADS.getThreadAllocatedBytes(id);
        return new Usage(Math.max(cpu, last.cpuNanos()), Math.max(allocated, last.allocatedBytes()));
    }
}
