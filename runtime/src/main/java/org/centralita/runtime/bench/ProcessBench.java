package org.centralita.runtime.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.management.OperatingSystemMXBean;
import org.centralita.flows.model.FlowSet;
import org.centralita.runtime.agi.simulator.AgiArguments;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.ChannelSetup;
import org.centralita.runtime.agi.simulator.SimClock;
import org.centralita.runtime.agi.simulator.SimulatedAsterisk;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.agi.simulator.SoundLibrary;
import org.centralita.runtime.ami.simulator.QueueMember;
import org.centralita.runtime.ami.simulator.SimulatedAmi;

/**
 * The whole-process CPU benchmark: Centralita as deployed ({@code centralita serve} with an H2
 * records store, its metrics scraped as Prometheus would, AMI connected to a simulated manager
 * interface) and the hand-written Asterisk-Java script, each alone in its own JVM, serve the same
 * dialogue to the same calls placed by a simulated Asterisk in this JVM. What is measured is each
 * server process's CPU (user + system of every thread, GC and JIT included, from /proc) from the
 * first call placed until every call has ended and, for Centralita, every record is in the store.
 */
final class ProcessBench {
    /** What to run; {@code timeScale} below 1 runs media faster than real time (tests). */
    record Options(int calls, Duration ramp, Duration hold, int warmupCalls, double timeScale, Duration progressEvery,
                   boolean handWrittenFirst, List<String> jvmOptions, Path directory, Duration settle,
                   int warmupLoads, int rounds, boolean together) {
    }

    /** One server process under the load. */
    record Phase(String name, int calls, int failed, List<String> failures, long commands, long pid,
                 ServerProcess.Cpu before, ServerProcess.Cpu after, java.time.Instant started, Duration measured, double idleCpuPerSecond,
                 long recordsWritten, long recordsExpected, double loadMin, double loadMax,
                 Map<String, Long> threadCpu, Map<String, Long> idleThreadCpu, Map<String, Long> threadRuns,
                 Map<String, Long> idleThreadRuns, WriterWork writerWork) {
        double cpuMillisPerCall() {
            return (after.totalNanos() - before.totalNanos()) / 1e6 / calls;
        }
    }

    /**
     * What the records writer did in the measured window: calls it wrote and the transactions it
     * wrote them in ({@code centralita_records_written_total} and {@code _transactions_total}).
     */
    record WriterWork(long calls, long transactions) {
        static final WriterWork NONE = new WriterWork(-1, -1);

        WriterWork since(WriterWork before) {
            return new WriterWork(calls - before.calls, transactions - before.transactions);
        }
    }

    static final String AMI_USER = "centralita";
    private static final String AMI_SECRET_ENV = "AMI_SECRET";
    private static final double WARMUP_SCALE = 0.02;
    private static final Duration WARMUP_RAMP = Duration.ofSeconds(2);
    static final Duration IDLE = Duration.ofSeconds(5);
    private static final Duration READY = Duration.ofSeconds(120);
    private static final Duration RECORDS_WAIT = Duration.ofMinutes(10);
    /** How often the records written are read from the metrics while waiting for them (a scrape costs the server). */
    private static final Duration RECORDS_POLL = Duration.ofSeconds(1);
    /** How often the metrics are scraped during the load, as Prometheus does by default. */
    private static final Duration SCRAPE_EVERY = Duration.ofSeconds(15);
    private static final Pattern RECORDS_WRITTEN =
            Pattern.compile("(?m)^centralita_records_written_total(?:\\{[^}]*})? ([0-9.eE+]+)$");
    private static final Pattern RECORDS_TRANSACTIONS =
            Pattern.compile("(?m)^centralita_records_transactions_total(?:\\{[^}]*})? ([0-9.eE+]+)$");
    private static final Pattern RECORDS_DUPLICATES =
            Pattern.compile("(?m)^centralita_records_duplicates_total(?:\\{[^}]*})? ([0-9.eE+]+)$");
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Options options;
    private final PrintWriter out;
    private final HttpClient http = HttpClient.newHttpClient();
    /** News rounds per call (the measured calls' length at their speed). */
    private final int newsRounds;

    ProcessBench(Options options, PrintWriter out) {
        this.options = options;
        this.out = out;
        long callMs = options.ramp().plus(options.hold()).toMillis();
        this.newsRounds = BenchDialogue.roundsFor((long) (callMs / options.timeScale()));
    }

    /**
     * Starts both server processes (Centralita first: its first call names the prompt files the
     * hand-written script plays), warms both up together, then runs the rounds: in each, one
     * server's measured load, then the other's, the order alternating from round to round (the
     * first as {@code --hand-written-first} says), or with {@code together} both servers' loads at
     * the same time. Both JVMs stay up across the rounds.
     */
    ProcessRounds run(String command) throws IOException, InterruptedException {
        String secret = Long.toHexString(Double.doubleToLongBits(Math.random()));
        try (SimulatedAmi ami = SimulatedAmi.start(AMI_USER, secret)) {
            for (String queue : List.of(BenchDialogue.PRIORITY_QUEUE, BenchDialogue.STANDARD_QUEUE)) {
                ami.queue(queue).member(QueueMember.free("PJSIP/" + queue + "-1"))
                        .member(QueueMember.free("PJSIP/" + queue + "-2"));
            }
            Served served = serve(ami, Map.of(AMI_SECRET_ENV, secret), "centralita");
            try (ServerProcess centralitaProcess = served.process()) {
                HandWrittenDialogue.Prompts prompts = discoverPrompts(served.agi());
                // the call that found the prompt files is one record
                Server centralita = new Server(centralitaProcess, served.agi(), prompts, served.admin(), served.token(), 1);
                int port = HandWrittenContender.freePort();
                try (ServerProcess handWrittenProcess = startHandWritten(prompts, port)) {
                    Server handWritten = new Server(handWrittenProcess,
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), port), prompts, 0, null, 0);
                    warmUpTogether(centralita, handWritten);
                    List<ProcessReport> reports = new ArrayList<>();
                    List<String> orders = new ArrayList<>();
                    for (int round = 0; round < options.rounds(); round++) {
                        if (options.together()) {
                            out.printf("round %d of %d: both servers at once%n", round + 1, options.rounds());
                            out.flush();
                            List<Phase> both = measureTogether(centralita, handWritten);
                            reports.add(new ProcessReport(AgiLoadBench.machine(), command, options.jvmOptions(),
                                    newsRounds, both.get(0), both.get(1)));
                            orders.add(ProcessRounds.TOGETHER);
                            continue;
                        }
                        boolean handWrittenFirst = BenchRounds.handWrittenFirst(round, options.rounds(),
                                options.handWrittenFirst(), out);
                        Phase first = measure(handWrittenFirst ? handWritten : centralita, null);
                        Phase second = measure(handWrittenFirst ? centralita : handWritten, null);
                        reports.add(new ProcessReport(AgiLoadBench.machine(), command, options.jvmOptions(), newsRounds,
                                handWrittenFirst ? second : first, handWrittenFirst ? first : second));
                        orders.add(handWrittenFirst ? "hand-written" : "Centralita");
                    }
                    return new ProcessRounds(reports, orders);
                }
            }
        }
    }

    /**
     * A server process under test and the call records it has been asked for so far
     * ({@code token} null for a server without metrics and records).
     */
    private static final class Server {
        private final ServerProcess process;
        private final InetSocketAddress agi;
        private final SoundLibrary sounds;
        private final int adminPort;
        private final String token;
        private long callsBefore;

        Server(ServerProcess process, InetSocketAddress agi, HandWrittenDialogue.Prompts prompts, int adminPort,
               String token, long callsBefore) {
            this.process = process;
            this.agi = agi;
            this.sounds = BenchDialogue.sounds(prompts);
            this.adminPort = adminPort;
            this.token = token;
            this.callsBefore = callsBefore;
        }

        String name() {
            return process.name();
        }
    }

    private ServerProcess startHandWritten(HandWrittenDialogue.Prompts prompts, int port)
            throws IOException, InterruptedException {
        ServerProcess process = ServerProcess.start(HandWrittenContender.NAME, options.directory().resolve("hand-written"),
                options.jvmOptions(), Map.of(), "bench", "hand-written-server", "--port", Integer.toString(port),
                "--max-calls", Integer.toString(maxCalls()), "--prompts", String.join(",", prompts.all()));
        try {
            awaitReady(process, () -> process.output().contains(HandWrittenServerCommand.LISTENING + port));
        } catch (IOException | RuntimeException e) {
            process.close();
            throw e;
        }
        return process;
    }

    /** Centralita's serve process, its FastAGI address, admin port and token. */
    private record Served(ServerProcess process, InetSocketAddress agi, int admin, String token) {
    }

    private Served serve(SimulatedAmi ami, Map<String, String> environment, String name)
            throws IOException, InterruptedException {
        Path home = options.directory().resolve(name);
        Path flows = Files.createDirectories(home.resolve("flows"));
        Files.writeString(flows.resolve(BenchDialogue.FLOW_ID + FlowSet.FLOW_SUFFIX), BenchDialogue.flowYaml());
        int agiPort = HandWrittenContender.freePort();
        int adminPort = HandWrittenContender.freePort();
        Path config = home.resolve("centralita.yaml");
        Files.writeString(config, """
                flows: "%s"
                agi: {bind: 127.0.0.1, port: %d, allow: [127.0.0.1], max-calls: %d}
                admin: {bind: 127.0.0.1, port: %d, token-file: "%s"}
                publish: {watch: false}
                store: {url: "jdbc:h2:%s", journal-dir: "%s"}
                speech: {tts: {cache: "%s"}, media: {shared-dir: "%s"}}
                ami: {host: 127.0.0.1, port: %d, username: %s, secret-env: %s}
                """.formatted(flows, agiPort, maxCalls(), adminPort, home.resolve("admin.token"), home.resolve("records"),
                home.resolve("journal"), home.resolve("prompts"), home.resolve("media"), ami.port(), AMI_USER,
                AMI_SECRET_ENV));
        ServerProcess process = ServerProcess.start(CentralitaContender.NAME, home, options.jvmOptions(), environment,
                "serve", "--config", config.toString());
        Path tokenFile = home.resolve("admin.token");
        String[] token = new String[1];
        try {
            awaitReady(process, () -> {
                if (token[0] == null && Files.isRegularFile(tokenFile) && Files.size(tokenFile) > 0) {
                    token[0] = Files.readString(tokenFile).strip();
                }
                return token[0] != null && get(adminPort, token[0], "/flows/" + BenchDialogue.FLOW_ID).statusCode() == 200;
            });
        } catch (IOException | RuntimeException e) {
            process.close();
            throw e;
        }
        return new Served(process, new InetSocketAddress(InetAddress.getLoopbackAddress(), agiPort), adminPort, token[0]);
    }

    /** Enough for the load and for the warm-up (at fifty times real speed, its calls overlap too). */
    private int maxCalls() {
        return Math.max(options.calls(), Math.min(options.warmupCalls(), 1000)) + 10;
    }

    /**
     * One call (with one news round) to the served flow, watching which files STREAM FILE and GET
     * DATA name: the prompts as the runtime's cache made them, for the hand-written script to play.
     */
    private HandWrittenDialogue.Prompts discoverPrompts(InetSocketAddress agi) throws IOException, InterruptedException {
        Set<String> files = new LinkedHashSet<>();
        CallerScript caller = BenchDialogue.caller(0, 1).reacting((number, line, script) -> {
            if (line.startsWith("STREAM FILE ") || line.startsWith("GET DATA ")) {
                List<String> words = AgiArguments.split(line);
                files.add(words.get(2)); // STREAM FILE <file> ..., GET DATA <file> ...
            }
        });
        SimulatedCall call = new SimulatedAsterisk(SimClock.scaled(WARMUP_SCALE)).call(agi, new ChannelSetup()
                .agi("agi://127.0.0.1:" + agi.getPort() + "/" + BenchDialogue.FLOW_ID)
                .sounds(new SoundLibrary().withAnyOther(new SoundLibrary.Sound(24_000, 3000))), caller);
        try {
            call.awaitStatus(READY);
        } catch (java.util.concurrent.TimeoutException e) {
            call.abandon();
        }
        String problem = PhaseChecker.problem(call, 0, 1);
        if (problem != null || files.size() != 4) {
            throw new IOException("the first call to the served flow did not go as the dialogue expects ("
                    + (problem != null ? problem : "prompt files " + files) + ")");
        }
        List<String> names = new ArrayList<>(files);
        for (String name : names) {
            if (!Files.isRegularFile(Path.of(name + ".wav"))) {
                throw new IOException("the served runtime streamed " + name + " but no " + name + ".wav exists");
            }
        }
        return new HandWrittenDialogue.Prompts(names.get(0), names.get(1), names.get(2), names.get(3));
    }

    /**
     * Both servers' warm-ups at once (not measured: each has its own calls from its own simulated
     * Asterisk), then until Centralita has written the warm-up's records.
     */
    private void warmUpTogether(Server centralita, Server handWritten) throws IOException, InterruptedException {
        bothAtOnce("the warm-up", () -> warmUp(centralita), () -> warmUp(handWritten));
    }

    /**
     * Both servers' measured loads at the same time, each its own calls on the same schedule: the
     * idle seconds and the loads start together (once Centralita has written the records asked for
     * before), so whatever the machine does then falls on both alike. Centralita's phase, then the
     * hand-written script's.
     */
    private List<Phase> measureTogether(Server centralita, Server handWritten) throws IOException, InterruptedException {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        return bothAtOnce("a measured load", () -> measure(centralita, start), () -> measure(handWritten, start));
    }

    /** Runs both tasks at once and returns their results in order, or the first one's failure. */
    private static <T> List<T> bothAtOnce(String what, java.util.concurrent.Callable<T> first,
                                          java.util.concurrent.Callable<T> second)
            throws IOException, InterruptedException {
        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<T> results = new ArrayList<>();
            for (java.util.concurrent.Future<T> task : both.invokeAll(List.of(first, second))) {
                try {
                    results.add(task.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IOException(what + " failed: " + e.getCause(), e.getCause());
                }
            }
            return results;
        } finally {
            both.shutdownNow();
        }
    }

    /** The warm-up calls at fifty times real speed, then the warm-up loads as measured, results discarded. */
    private Void warmUp(Server server) throws IOException, InterruptedException {
        if (options.warmupCalls() > 0) {
            // placed at most 200 a second: a few hundred at once, not all of them
            Duration ramp = WARMUP_RAMP.plusMillis(options.warmupCalls() * 5L);
            LoadPhase.Load warm = new LoadPhase.Load(options.warmupCalls(), ramp, WARMUP_RAMP, WARMUP_SCALE,
                    options.progressEvery());
            // the measured calls' dialogue (the same rounds), only faster
            List<LoadPhase.PlacedCall> calls = load(warm, server.agi, server.sounds, newsRounds, server.process, null);
            long good = calls.stream().filter(c -> c.call().isFinished()).count();
            out.printf("warm-up: %s, %d/%d calls ended%n", server.name(), good, calls.size());
            out.flush();
            server.callsBefore += server.token == null ? 0 : options.warmupCalls();
        }
        for (int i = 0; i < options.warmupLoads(); i++) {
            // the measured load itself, at its own speed, discarded: the JIT sees the branches real timing takes
            List<LoadPhase.PlacedCall> calls = load(measuredLoad(), server.agi, server.sounds, newsRounds, server.process, null);
            out.printf("warm-up load %d: %s, %d/%d calls ended%n", i + 1, server.name(),
                    calls.stream().filter(c -> c.call().isFinished()).count(), calls.size());
            out.flush();
            server.callsBefore += server.token == null ? 0 : options.calls();
        }
        return null;
    }

    private LoadPhase.Load measuredLoad() {
        return new LoadPhase.Load(options.calls(), options.ramp(), options.hold(), options.timeScale(),
                options.progressEvery());
    }

    /**
     * Once the records asked for so far are written (and the other server is as far, with a
     * {@code start} barrier): settle, idle (its CPU shown), then the measured load until every call
     * has ended and, for Centralita, every record is written.
     */
    private Phase measure(Server server, java.util.concurrent.CyclicBarrier start)
            throws IOException, InterruptedException {
        ServerProcess process = server.process;
        int adminPort = server.adminPort;
        String token = server.token;
        long callsBefore = server.callsBefore;
        if (token != null && awaitRecords(adminPort, token, callsBefore) < callsBefore) {
            // the records of the calls before are not the load's work: measuring now would count them
            throw new IOException(process.name() + " did not write the " + callsBefore + " call records before the load in "
                    + RECORDS_WAIT.toMinutes() + " minutes");
        }
        if (start != null) {
            try {
                start.await(RECORDS_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.BrokenBarrierException | java.util.concurrent.TimeoutException e) {
                throw new IOException("the other server was not ready for the load together with " + process.name(), e);
            }
        }
        TimeUnit.MILLISECONDS.sleep(options.settle().toMillis());
        ServerProcess.Cpu idleStart = process.cpu();
        Map<Long, ServerProcess.ThreadCpu> idleThreadsStart = process.threadCpu();
        TimeUnit.MILLISECONDS.sleep(IDLE.toMillis());
        ServerProcess.Cpu before = process.cpu();
        Map<Long, ServerProcess.ThreadCpu> threadsBefore = process.threadCpu();
        Map<String, Long> idleThreads = threadCpuBetween(idleThreadsStart, threadsBefore,
                before.totalNanos() - idleStart.totalNanos());
        Map<String, Long> idleRuns = threadRunsBetween(idleThreadsStart, threadsBefore);
        double idlePerSecond = (before.totalNanos() - idleStart.totalNanos()) / 1e9 / IDLE.toSeconds();
        WriterWork writerBefore = token == null ? WriterWork.NONE : writerWork(adminPort, token);

        long started = System.nanoTime();
        java.time.Instant startedAt = java.time.Instant.now();
        DoubleSummaryStatistics machineLoad = new DoubleSummaryStatistics();
        List<LoadPhase.PlacedCall> calls = load(measuredLoad(), server.agi, server.sounds, newsRounds, process,
                token == null ? null : () -> scrape(adminPort, token), machineLoad);
        long expected = callsBefore + options.calls();
        server.callsBefore = token == null ? 0 : expected;
        long written = token == null ? -1 : awaitRecords(adminPort, token, expected);
        ServerProcess.Cpu after = process.cpu();
        WriterWork writer = token == null ? WriterWork.NONE : writerWork(adminPort, token).since(writerBefore);
        Map<Long, ServerProcess.ThreadCpu> threadsAfter = process.threadCpu();
        Map<String, Long> threads = threadCpuBetween(threadsBefore, threadsAfter, after.totalNanos() - before.totalNanos());
        Map<String, Long> runs = threadRunsBetween(threadsBefore, threadsAfter);
        Duration measured = Duration.ofNanos(System.nanoTime() - started);

        List<String> failures = new ArrayList<>();
        int failed = 0;
        long commands = 0;
        for (LoadPhase.PlacedCall call : calls) {
            commands += call.gaps().commands();
            String problem = PhaseChecker.problem(call.call(), call.index(), newsRounds);
            if (problem != null && failed++ < 5) {
                failures.add("call " + call.index() + " (" + call.call().uniqueId() + "): " + problem);
            }
        }
        failed += options.calls() - calls.size();
        return new Phase(process.name(), options.calls(), failed, failures, commands, process.pid(), before, after,
                startedAt, measured, idlePerSecond, written, token == null ? -1 : expected, machineLoad.getMin(),
                machineLoad.getMax(), threads, idleThreads, runs, idleRuns, writer);
    }

    /** Each thread group's CPU in the window; what the sum lacks of the process's went to threads that ended. */
    private static Map<String, Long> threadCpuBetween(Map<Long, ServerProcess.ThreadCpu> before,
                                                      Map<Long, ServerProcess.ThreadCpu> after, long total) {
        Map<String, Long> window = byGroupBetween(before, after, ServerProcess.ThreadCpu::nanos);
        long listed = window.values().stream().mapToLong(Long::longValue).sum();
        window.put("(threads that ended)", Math.max(0, total - listed));
        Map<String, Long> threads = new java.util.LinkedHashMap<>();
        window.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> threads.put(e.getKey(), e.getValue()));
        return threads;
    }

    /** Each thread group's runs on a CPU in the window (the live threads'; those that ended are not counted). */
    private static Map<String, Long> threadRunsBetween(Map<Long, ServerProcess.ThreadCpu> before,
                                                       Map<Long, ServerProcess.ThreadCpu> after) {
        return byGroupBetween(before, after, ServerProcess.ThreadCpu::runs);
    }

    /** How much of {@code measure} each live thread group added between the two readings. */
    private static Map<String, Long> byGroupBetween(Map<Long, ServerProcess.ThreadCpu> before,
                                                    Map<Long, ServerProcess.ThreadCpu> after,
                                                    java.util.function.ToLongFunction<ServerProcess.ThreadCpu> measure) {
        Map<String, Long> window = new java.util.HashMap<>();
        after.forEach((id, thread) -> {
            ServerProcess.ThreadCpu earlier = before.get(id);
            window.merge(thread.name(), Math.max(0, measure.applyAsLong(thread)
                    - (earlier == null ? 0 : measure.applyAsLong(earlier))), Long::sum);
        });
        return window;
    }

    private List<LoadPhase.PlacedCall> load(LoadPhase.Load load, InetSocketAddress agi, SoundLibrary sounds,
                                            int callRounds, ServerProcess process, Runnable scrape)
            throws InterruptedException {
        return load(load, agi, sounds, callRounds, process, scrape, new DoubleSummaryStatistics());
    }

    /** Places the load's calls and waits for them to end, printing progress (and scraping metrics) as it goes. */
    private List<LoadPhase.PlacedCall> load(LoadPhase.Load load, InetSocketAddress agi, SoundLibrary sounds,
                                            int callRounds, ServerProcess process, Runnable scrape,
                                            DoubleSummaryStatistics machineLoad) throws InterruptedException {
        Queue<LoadPhase.PlacedCall> placed = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        Thread watcher = new Thread(() -> watch(load, process, placed, start, scrape, machineLoad), "bench-progress");
        watcher.setDaemon(true);
        watcher.start();
        try {
            LoadPhase.placeCalls(load, agi, sounds, callRounds, start, placed);
            LoadPhase.awaitCalls(load, callRounds, start, placed);
        } finally {
            watcher.interrupt();
            watcher.join();
        }
        return List.copyOf(placed);
    }

    private void watch(LoadPhase.Load load, ServerProcess process, Queue<LoadPhase.PlacedCall> placed, long start,
                       Runnable scrape, DoubleSummaryStatistics machineLoad) {
        long every = load.progressEvery().toMillis();
        long nextScrape = start + SCRAPE_EVERY.toNanos();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                TimeUnit.MILLISECONDS.sleep(every);
                synchronized (machineLoad) {
                    machineLoad.accept(OS.getSystemLoadAverage());
                }
                if (scrape != null && System.nanoTime() >= nextScrape) {
                    scrape.run();
                    nextScrape += SCRAPE_EVERY.toNanos();
                }
                long ended = placed.stream().filter(p -> p.call().isFinished()).count();
                out.printf("[%-26s %4d s] placed %d/%d  ended %d  process CPU %.1f s%n", process.name(),
                        (System.nanoTime() - start) / 1_000_000_000L, placed.size(), load.calls(), ended,
                        process.cpu().totalNanos() / 1e9);
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            out.println("progress: " + e.getMessage());
        }
    }

    /** Waits until the records writer has written {@code expected} records; returns how many it has. */
    private long awaitRecords(int adminPort, String token, long expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + RECORDS_WAIT.toNanos();
        long written = recordsWritten(adminPort, token);
        while (written < expected && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(RECORDS_POLL.toMillis());
            written = recordsWritten(adminPort, token);
        }
        return written;
    }

    /**
     * The records the writer is done with: written, or found already stored (a replayed or repeated
     * record is counted as a duplicate, never as written, and would otherwise be waited for in vain).
     */
    private long recordsWritten(int adminPort, String token) throws IOException, InterruptedException {
        String metrics = get(adminPort, token, "/metrics").body();
        Matcher written = RECORDS_WRITTEN.matcher(metrics);
        if (!written.find()) {
            return -1;
        }
        Matcher duplicates = RECORDS_DUPLICATES.matcher(metrics);
        return (long) Double.parseDouble(written.group(1))
                + (duplicates.find() ? (long) Double.parseDouble(duplicates.group(1)) : 0);
    }

    /** The records writer's calls written and transactions so far, from the metrics. */
    private WriterWork writerWork(int adminPort, String token) throws IOException, InterruptedException {
        String metrics = get(adminPort, token, "/metrics").body();
        Matcher written = RECORDS_WRITTEN.matcher(metrics);
        Matcher transactions = RECORDS_TRANSACTIONS.matcher(metrics);
        if (!written.find() || !transactions.find()) {
            return WriterWork.NONE;
        }
        return new WriterWork((long) Double.parseDouble(written.group(1)), (long) Double.parseDouble(transactions.group(1)));
    }

    private void scrape(int adminPort, String token) {
        try {
            get(adminPort, token, "/metrics");
        } catch (IOException e) {
            out.println("metrics scrape failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> get(int port, String token, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Something that says whether a process is ready (may fail while it starts). */
    @FunctionalInterface
    private interface Readiness {
        boolean ready() throws IOException, InterruptedException;
    }

    private static void awaitReady(ServerProcess process, Readiness readiness) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.alive()) {
                throw new IOException(process.name() + " (pid " + process.pid() + ") exited with status "
                        + process.exitValue() + " before it was ready; see its .err file");
            }
            try {
                if (readiness.ready()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new IOException(process.name() + " was not ready after " + READY.toSeconds() + " s");
    }
}
