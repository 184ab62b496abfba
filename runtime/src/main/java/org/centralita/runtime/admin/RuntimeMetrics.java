package org.centralita.runtime.admin;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.centralita.runtime.store.RecordWriter;

/**
 * The runtime's counters and timers, in one place the engine, the AGI server and the publish
 * path call: calls started, active and ended by outcome, AGI command latency, node errors and
 * publishes. {@link #scrape()} gives them in Prometheus text for {@code GET /metrics}.
 */
public final class RuntimeMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** The per-call counters by flow (and outcome), found once instead of built and looked up per call. */
    private final Map<String, Counter> started = new ConcurrentHashMap<>();
    private final Map<List<String>, Counter> ended = new ConcurrentHashMap<>();
    private final Map<String, Timer> agiCommands = new ConcurrentHashMap<>();

    /**
     * Histogram buckets of AGI command latency, from Asterisk answering a SET VARIABLE (about a
     * millisecond) to a prompt or a caller's typing (seconds). Buckets rather than quantiles
     * computed here: Prometheus adds buckets up over several runtimes (histogram_quantile), and
     * one bucket count costs a call thread far less than the sliding quantile sketches did.
     */
    private static final Duration[] AGI_COMMAND_BUCKETS = Stream.of(1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500,
            5000, 10_000, 30_000, 60_000).map(Duration::ofMillis).toArray(Duration[]::new);

    /**
     * The CPU load gauges of {@link ProcessorMetrics} left out: in a container the JDK works each
     * out from cgroup files at every read, 7-8 ms of CPU apiece per scrape on the benchmark machine
     * (docs/benchmarks.md, seventh round); {@code process_cpu_time_ns_total} gives the same over
     * time ({@code rate(...) / 1e9}), and the host's load is the node's exporter's to report.
     */
    static final Set<String> LEFT_OUT = Set.of("system.cpu.usage", "process.cpu.usage");

    /** A registry with the JVM's own meters (memory, GC, threads, CPU time, uptime) bound. */
    public RuntimeMetrics() {
        registry.config().meterFilter(MeterFilter.deny(id -> LEFT_OUT.contains(id.getName())));
        new JvmMemoryMetrics().bindTo(registry);
        ThreadStates.bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
    }

    /** Reports {@code centralita_calls_active} from the live-call count (called once, at wiring). */
    public void bindActiveCalls(IntSupplier activeCalls) {
        Gauge.builder("centralita.calls.active", activeCalls::getAsInt)
                .description("Calls running a flow now").register(registry);
    }

    /** A call began running a flow. */
    public void callStarted(String flowId) {
        started.computeIfAbsent(flowId, flow -> Counter.builder("centralita.calls.started")
                .description("Calls that began running a flow").tag("flow", flow).register(registry)).increment();
    }

    /**
     * A call ended; {@code outcome} is the trace's end outcome ({@code queue}, {@code transfer},
     * {@code voicemail}, {@code callback}, {@code hangup}, {@code caller-hangup}, {@code error}).
     */
    public void callEnded(String flowId, String outcome) {
        ended.computeIfAbsent(List.of(flowId, outcome), key -> Counter.builder("centralita.calls.ended")
                .description("Calls that ended, by outcome").tag("flow", flowId).tag("outcome", outcome)
                .register(registry)).increment();
    }

    /**
     * One AGI command's latency: from sending it to Asterisk to reading the reply (a playback
     * command's includes the sound played). One timer per command name, found once.
     */
    public void agiCommand(String command, long nanos) {
        agiCommands.computeIfAbsent(command, name -> Timer.builder("centralita.agi.command")
                .description("Time from sending an AGI command to Asterisk's reply").tag("command", name)
                .serviceLevelObjectives(AGI_COMMAND_BUCKETS).register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A node failed during a call (the call took the node's error outcome). */
    public void nodeError(String flowId, String nodeId) {
        Counter.builder("centralita.node.errors").description("Node failures during calls")
                .tag("flow", flowId).tag("node", nodeId).register(registry).increment();
    }

    /** A call was refused because the runtime was at capacity (status BUSY). */
    public void callRefused(String reason) {
        Counter.builder("centralita.calls.refused").description("Calls the runtime refused")
                .tag("reason", reason).register(registry).increment();
    }

    /**
     * The FastAGI reception closed a connection before it became a call ({@code reason}:
     * not-allowed, header-timeout, header-too-large, too-many-waiting, closed-by-peer, failed).
     */
    public void agiConnectionClosed(String reason) {
        Counter.builder("centralita.agi.connections.closed")
                .description("FastAGI connections closed before they became calls").tag("reason", reason)
                .register(registry).increment();
    }

    /** A publish was accepted or refused ({@code result} = accepted / refused). */
    public void publish(String result) {
        Counter.builder("centralita.publishes").description("Publishes by result")
                .tag("result", result).register(registry).increment();
    }

    /** A screen pop ended: {@code result} = delivered / failed (every try failed) / dropped (too many pending). */
    public void screenPop(String connector, String result) {
        Counter.builder("centralita.screen.pops").description("CRM screen pops by result")
                .tag("connector", connector).tag("result", result).register(registry).increment();
    }

    /** Reports {@code centralita_ami_connected} (1 while the AMI link is logged in; called once, at wiring). */
    public void bindAmiConnected(java.util.function.BooleanSupplier connected) {
        Gauge.builder("centralita.ami.connected", () -> connected.getAsBoolean() ? 1 : 0)
                .description("Whether the AMI link for queue state is logged in").register(registry);
    }

    /**
     * Reports the call records writer's counts (called once, at wiring): what was submitted,
     * written, sent to the on-disk journal, dropped or refused, and what waits in memory and on disk.
     */
    public void bindRecordWriter(RecordWriter writer) {
        recordCount(writer, "submitted", RecordWriter::submitted, "Call records accepted for writing");
        recordCount(writer, "written", RecordWriter::written, "Call records inserted into the records store");
        recordCount(writer, "transactions", RecordWriter::transactions,
                "Records store transactions that wrote call records (written / transactions: calls per transaction)");
        recordCount(writer, "duplicates", RecordWriter::duplicates, "Replayed call records found already stored");
        recordCount(writer, "spilled", RecordWriter::spilled,
                "Call records sent to the on-disk journal because the store was down or slow");
        recordCount(writer, "dropped", RecordWriter::dropped,
                "Call records lost: memory and the journal budget both full, or submitted after close");
        recordCount(writer, "rejected", RecordWriter::rejected,
                "Call records the store refused as bad data, set aside in rejected.jsonl");
        recordCount(writer, "write.failures", RecordWriter::failedAttempts,
                "Records store writes that failed and will be tried again");
        Gauge.builder("centralita.records.queued", writer, RecordWriter::queued)
                .description("Call records waiting in memory (not yet in the store or the journal)").register(registry);
        Gauge.builder("centralita.records.journal.pending", writer, RecordWriter::pendingOnDisk)
                .description("Call records in the on-disk journal not yet written to the store").register(registry);
    }

    private void recordCount(RecordWriter writer, String name, ToDoubleFunction<RecordWriter> count,
                             String description) {
        FunctionCounter.builder("centralita.records." + name, writer, count).description(description)
                .register(registry);
    }

    /** Every meter in the Prometheus text exposition format. */
    public String scrape() {
        return registry.scrape();
    }
}
