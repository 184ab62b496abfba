package org.centralita.runtime.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the records writer's thread spends on one call of the whole-process benchmark's dialogue
 * (85 trace events, 10 news rounds) in an H2 file store: written one call per transaction
 * ({@code oneByOne}, as the writer did before) or {@value #TOGETHER} calls per transaction
 * ({@code together}, {@link CallRecords#insertAll}, as it does when calls wait for it). Time per
 * call. See docs/benchmarks.md, "Whole-process CPU per call, as deployed", for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class RecordsStoreBenchmark {

    static final int TOGETHER = 20;
    private static final Instant START = Instant.parse("2026-12-06T21:00:00Z");

    private Path directory;
    private RecordsStore store;
    private long next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("records-bench");
        store = RecordsStore.open("jdbc:h2:" + directory.resolve("records"));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    @OperationsPerInvocation(TOGETHER)
    public void oneByOne() throws SQLException {
        for (int i = 0; i < TOGETHER; i++) {
            RecordedCall call = call(next++);
            if (!store.calls().insert(call.call(), call.events())) {
                throw new IllegalStateException("call already stored: " + call.call().callId());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(TOGETHER)
    public void together() throws SQLException {
        List<RecordedCall> calls = new ArrayList<>(TOGETHER);
        for (int i = 0; i < TOGETHER; i++) {
            calls.add(call(next++));
        }
        store.calls().insertAll(calls);
    }

    RecordsStore store() {
        return store;
    }

    /** A call of the benchmark dialogue as the engine records it: 10 news rounds, then the account and the queue. */
    static RecordedCall call(long number) {
        String id = "1796598037." + number;
        Instant started = START.plusMillis(number * 50);
        List<CallEventRecord> events = new ArrayList<>();
        Events trace = new Events(events);
        trace.add("start", null, "\"flow\":\"agi-bench\",\"version\":\"1\",\"ani\":\"5551234\",\"dnis\":\"\",\"language\":\"en-US\"");
        trace.enter("welcome", "play");
        trace.prompt("welcome", "Welcome to Acme Bank. Calls are recorded to improve our service.");
        for (int round = 1; round <= 10; round++) {
            trace.enter("main-menu", "menu");
            trace.prompt("main-menu", "For your accounts, press 1. To hear today's news, press 9.");
            trace.add("input", "main-menu", "\"mode\":\"dtmf\",\"value\":\"9\"");
            trace.enter("news", "play");
            trace.prompt("news", "Our branches now open at nine on Saturdays. Mobile payments are free this month.");
            trace.enter("count-round", "set");
            trace.add("assign", "count-round", "\"variable\":\"rounds\",\"value\":" + round);
        }
        trace.enter("main-menu", "menu");
        trace.prompt("main-menu", "For your accounts, press 1. To hear today's news, press 9.");
        trace.add("input", "main-menu", "\"mode\":\"dtmf\",\"value\":\"1\"");
        trace.enter("account", "input");
        trace.prompt("account", "Please key your eight digit account number.");
        trace.add("input", "account", "\"mode\":\"dtmf\",\"value\":\"12345678\"");
        trace.add("assign", "account", "\"variable\":\"account\",\"value\":\"12345678\"");
        trace.enter("segment", "decision");
        trace.enter("standard", "set");
        trace.add("assign", "standard", "\"variable\":\"segment\",\"value\":\"standard\"");
        trace.enter("to-standard", "queue");
        trace.add("queue", "to-standard", "\"queue\":\"standard\",\"priority\":1,\"timeout\":300,"
                + "\"context\":{\"account\":\"12345678\",\"segment\":\"standard\",\"rounds\":10}");
        trace.add("end", null, "\"outcome\":\"queue\",\"duration_ms\":54000");
        CallRecord record = new CallRecord(id, "agi-bench", "1", "bench", "5551234", "", "en-US", started,
                started.plusMillis(54_000), 54_000, "queue", "standard", "to-standard", null);
        return new RecordedCall(record, events);
    }

    private static final class Events {
        private final List<CallEventRecord> events;
        private long t;

        Events(List<CallEventRecord> events) {
            this.events = events;
        }

        void enter(String node, String type) {
            add("enter", node, "\"type\":\"" + type + "\"");
        }

        void prompt(String node, String text) {
            add("prompt", node, "\"language\":\"en-US\",\"text\":\"" + text + "\"");
        }

        void add(String event, String node, String fields) {
            t += 150;
            String nodeField = node == null ? "" : ",\"node\":\"" + node + "\"";
            events.add(new CallEventRecord(events.size(), t, event, node,
                    "{\"event\":\"" + event + "\",\"t\":" + t + nodeField + "," + fields + "}"));
        }
    }
}
