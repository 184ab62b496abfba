package org.centralita.runtime.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * A latency distribution in nanoseconds: how many samples, median, 99th and 99.9th percentiles
 * (nearest rank) and the largest.
 */
record Latencies(int count, long p50, long p99, long p999, long max) {

    static Latencies of(Collection<long[]> parts) {
        long[] all = new long[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        Arrays.sort(all);
        if (all.length == 0) {
            return new Latencies(0, 0, 0, 0, 0);
        }
        return new Latencies(all.length, rank(all, 0.50), rank(all, 0.99), rank(all, 0.999), all[all.length - 1]);
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
