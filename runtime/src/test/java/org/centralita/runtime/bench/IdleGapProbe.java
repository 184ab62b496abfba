package org.centralita.runtime.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.centralita.runtime.admin.RuntimeMetrics;

/**
 * A probe, not a test: how much CPU the same work costs on this machine after its thread slept
 * for a while, against the same work done back to back. Two kinds of work: one {@code /metrics}
 * scrape (many small objects touched) and a fixed loop of arithmetic. The process benchmark's
 * reading of the seventh round (docs/benchmarks.md) rests on it: a thread woken after an idle gap
 * pays for it, so work done in many small wake-ups costs more than the same work done together.
 *
 * <p>Run from the repository root, after {@code ./mvnw -q -o -f tycho-pom.xml -pl runtime -am
 * test-compile} and the dependency classpath as in docs/benchmarks.md ("Publish"):
 * {@code java -cp "$(cat runtime/target/bench.classpath):runtime/target/test-classes:runtime/target/classes"
 * org.centralita.runtime.bench.IdleGapProbe [GAPS-MS...]} (default gaps 0 300 1100 ms).
 */
public final class IdleGapProbe {

    private static final int TIMES = 25;
    private static long sink;

    private IdleGapProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        long[] gaps = args.length == 0 ? new long[] {0, 300, 1100} : Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RuntimeMetrics metrics = new RuntimeMetrics();
        for (int i = 0; i < 200; i++) {
            sink += arithmetic();
            sink += metrics.scrape().length();
        }
        System.out.println("CPU of this thread per piece of work, the median of " + TIMES + " (ms):");
        for (long gap : gaps) {
            double[] scrape = new double[TIMES];
            double[] loop = new double[TIMES];
            for (int i = 0; i < TIMES; i++) {
                TimeUnit.MILLISECONDS.sleep(gap);
                long before = threads.getCurrentThreadCpuTime();
                sink += metrics.scrape().length();
                scrape[i] = (threads.getCurrentThreadCpuTime() - before) / 1e6;
                TimeUnit.MILLISECONDS.sleep(gap);
                before = threads.getCurrentThreadCpuTime();
                sink += arithmetic();
                loop[i] = (threads.getCurrentThreadCpuTime() - before) / 1e6;
            }
            System.out.printf(Locale.ROOT, "  after %5d ms asleep: a /metrics scrape %6.2f, 2 million steps of arithmetic %6.2f%n",
                    gap, median(scrape), median(loop));
        }
        // the results of the work, printed so that the JIT cannot drop it
        System.out.println("(checksum " + sink + ")");
    }

    private static long arithmetic() {
        long s = 0;
        for (int i = 0; i < 2_000_000; i++) {
            s += (i * 31L) ^ (s >>> 3);
        }
        return s;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
