package org.centralita.runtime.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.management.OperatingSystemMXBean;
import org.centralita.runtime.agi.simulator.ChannelSetup;
import org.centralita.runtime.agi.simulator.SimClock;
import org.centralita.runtime.agi.simulator.SimulatedAsterisk;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.agi.simulator.SoundLibrary;

/**
 * One implementation under the load: starts its server, places the calls from a simulated
 * Asterisk evenly over the ramp (each call long enough that all of them overlap for the hold
 * time), prints progress, waits for every call to end, and measures.
 */
final class LoadPhase {
    /** The load: how many calls, placed over {@code ramp}, all held together for {@code hold}. */
    record Load(int calls, Duration ramp, Duration hold, double timeScale, Duration progressEvery) {
    }

    /** A call placed, with its index (which decides its account and so its queue) and its probe. */
    record PlacedCall(int index, SimulatedCall call, CommandGaps gaps) {
    }

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final Duration MARGIN = Duration.ofSeconds(60);

    private final Load load;
    private final PrintWriter out;
    private final int rounds;
    private final SoundLibrary sounds = BenchDialogue.sounds();
    private final Queue<PlacedCall> placed = new ConcurrentLinkedQueue<>();
    private final DoubleSummaryStatistics loadSeen = new DoubleSummaryStatistics();

    LoadPhase(Load load, PrintWriter out) {
        this.load = load;
        this.out = out;
        long callMs = load.ramp().plus(load.hold()).toMillis();
        this.rounds = BenchDialogue.roundsFor((long) (callMs / load.timeScale()));
    }

    /** Runs the load against the contender and closes it. */
    PhaseResult run(Contender contender) throws IOException, InterruptedException {
        System.gc();
        InetSocketAddress server = contender.start();
        Snapshot before = Snapshot.now();
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        long every = load.progressEvery().toMillis();
        progress.scheduleAtFixedRate(() -> progress(contender, before), every, every, TimeUnit.MILLISECONDS);
        try {
            placeCalls(server, before.nanos);
            awaitCalls(before.nanos);
        } finally {
            progress.shutdownNow();
        }
        Snapshot after = Snapshot.now();
        ServerWork.Usage usage = contender.usage();
        contender.close();
        progress(contender, before);
        return new PhaseChecker(contender, load.calls(), rounds).result(List.copyOf(placed), usage,
                before, after, machineLoad());
    }

    private void placeCalls(InetSocketAddress server, long start) throws InterruptedException {
        placeCalls(load, server, sounds, rounds, start, placed);
    }

    /** Places {@code load.calls()} calls evenly over the ramp from {@code start} (System.nanoTime), into {@code placed}. */
    static void placeCalls(Load load, InetSocketAddress server, SoundLibrary sounds, int rounds, long start,
                           Queue<PlacedCall> placed) throws InterruptedException {
        SimulatedAsterisk asterisk = new SimulatedAsterisk(SimClock.scaled(load.timeScale()));
        long rampNanos = load.ramp().toNanos();
        for (int i = 0; i < load.calls(); i++) {
            long wait = start + rampNanos * i / load.calls() - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            CommandGaps gaps = new CommandGaps();
            ChannelSetup setup = new ChannelSetup().agi("agi://127.0.0.1:" + server.getPort() + "/" + BenchDialogue.FLOW_ID)
                    .sounds(sounds).callerSendsMedia(true).probe(gaps);
            placed.add(new PlacedCall(i, asterisk.call(server, setup, BenchDialogue.caller(i, rounds)), gaps));
        }
    }

    private void awaitCalls(long start) throws InterruptedException {
        awaitCalls(load, rounds, start, placed);
    }

    /** Waits for every call to end, abandoning those still running well after they should have ended. */
    static void awaitCalls(Load load, int rounds, long start, Iterable<PlacedCall> placed) throws InterruptedException {
        long callNanos = (long) (BenchDialogue.lengthMs(rounds) * load.timeScale() * 1.5e6);
        long deadline = start + load.ramp().toNanos() + callNanos + MARGIN.toNanos();
        for (PlacedCall call : placed) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                call.call().awaitStatus(Duration.ofNanos(left));
            } catch (java.util.concurrent.TimeoutException e) {
                call.call().abandon();
            }
        }
    }

    private synchronized DoubleSummaryStatistics machineLoad() {
        return loadSeen;
    }

    private void progress(Contender contender, Snapshot start) {
        synchronized (this) {
            loadSeen.accept(OS.getSystemLoadAverage());
        }
        long ended = placed.stream().filter(p -> p.call().isFinished()).count();
        out.printf("[%-26s %4d s] placed %d/%d  held %d (peak %d)  ended %d%n", contender.name(),
                (System.nanoTime() - start.nanos) / 1_000_000_000L, placed.size(), load.calls(),
                contender.work().held(), contender.work().peak(), ended);
        out.flush();
    }

    /** Whole-process counters at one instant. */
    record Snapshot(long nanos, long processCpuNanos, long gcMillis) {
        static Snapshot now() {
            long gc = 0;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                gc += Math.max(0, collector.getCollectionTime());
            }
            return new Snapshot(System.nanoTime(), OS.getProcessCpuTime(), gc);
        }
    }

    static List<long[]> gapsOf(List<PlacedCall> calls) {
        List<long[]> gaps = new ArrayList<>(calls.size());
        calls.forEach(c -> gaps.add(c.gaps().gaps()));
        return gaps;
    }
}
