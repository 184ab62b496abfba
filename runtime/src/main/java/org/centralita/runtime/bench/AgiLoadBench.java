package org.centralita.runtime.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.sun.management.OperatingSystemMXBean;

/**
 * The AGI load benchmark: the same dialogue served by Centralita (AgiServer + the runtime's call
 * handler on the published flow) and by a hand-written Asterisk-Java script on DefaultAgiServer,
 * one after the other in one JVM, each under the same load of simulated Asterisk calls over
 * loopback, after a short warm-up of both (at 50 times the speed) so that neither pays for the
 * JIT alone.
 */
final class AgiLoadBench {
    /** What to run; {@code timeScale} below 1 runs media faster than real time (tests). */
    record Options(int calls, Duration ramp, Duration hold, int warmupCalls, double timeScale,
                   Duration progressEvery, boolean handWrittenFirst, int rounds) {
        /** One round (the command's default). */
        Options(int calls, Duration ramp, Duration hold, int warmupCalls, double timeScale, Duration progressEvery,
                boolean handWrittenFirst) {
            this(calls, ramp, hold, warmupCalls, timeScale, progressEvery, handWrittenFirst, 1);
        }
    }

    private static final double WARMUP_SCALE = 0.02;
    private static final Duration WARMUP_RAMP = Duration.ofSeconds(2);
    /** After the warm-up, so that its burst of threads is gone and the JIT's queue is drained. */
    private static final Duration SETTLE = Duration.ofSeconds(10);

    private final Options options;
    private final PrintWriter out;

    AgiLoadBench(Options options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    BenchReport run(String command) throws IOException, InterruptedException {
        return runRounds(command).last();
    }

    /** Warms up once, then runs the rounds, the phases' order alternating (the first as asked). */
    BenchRounds runRounds(String command) throws IOException, InterruptedException {
        if (options.warmupCalls() > 0) {
            warmUp();
        }
        List<BenchReport> reports = new ArrayList<>();
        List<Boolean> orders = new ArrayList<>();
        for (int round = 0; round < options.rounds(); round++) {
            boolean handWrittenFirst = BenchRounds.handWrittenFirst(round, options.rounds(), options.handWrittenFirst(), out);
            reports.add(round(command, handWrittenFirst));
            orders.add(handWrittenFirst);
        }
        return new BenchRounds(reports, orders);
    }

    private BenchReport round(String command, boolean handWrittenFirst) throws IOException, InterruptedException {
        LoadPhase.Load load = new LoadPhase.Load(options.calls(), options.ramp(), options.hold(), options.timeScale(),
                options.progressEvery());
        PhaseResult centralita;
        PhaseResult handWritten;
        if (handWrittenFirst) {
            handWritten = new LoadPhase(load, out).run(new HandWrittenContender(options.calls()));
            centralita = new LoadPhase(load, out).run(new CentralitaContender(options.calls()));
        } else {
            centralita = new LoadPhase(load, out).run(new CentralitaContender(options.calls()));
            handWritten = new LoadPhase(load, out).run(new HandWrittenContender(options.calls()));
        }
        return new BenchReport(machine(), command, centralita, handWritten);
    }

    private void warmUp() throws IOException, InterruptedException {
        LoadPhase.Load load = new LoadPhase.Load(options.warmupCalls(), WARMUP_RAMP, WARMUP_RAMP, WARMUP_SCALE,
                options.progressEvery());
        PrintWriter quiet = new PrintWriter(PrintWriter.nullWriter());
        for (Contender contender : List.of(new CentralitaContender(options.warmupCalls()),
                new HandWrittenContender(options.warmupCalls()))) {
            PhaseResult result = new LoadPhase(load, quiet).run(contender);
            out.printf("warm-up: %s, %d/%d calls as expected%n", result.name(), result.calls() - result.failed(),
                    result.calls());
        }
        out.flush();
        TimeUnit.MILLISECONDS.sleep(SETTLE.toMillis());
    }

    static String machine() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%d cores (%s), %.1f GB RAM, %s %s, %s %s, max heap %d MB",
                os.getAvailableProcessors(), cpuModel(), os.getTotalMemorySize() / 1e9, os.getName(), os.getVersion(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.replaceFirst("^model name\\s*:\\s*", "")).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
