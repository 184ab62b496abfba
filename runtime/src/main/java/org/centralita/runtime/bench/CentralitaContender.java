package org.centralita.runtime.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.centralita.flows.model.FlowSet;
import org.centralita.runtime.admin.LiveCalls;
import org.centralita.runtime.admin.RuntimeMetrics;
import org.centralita.runtime.agi.AgiServer;
import org.centralita.runtime.agi.AgiSettings;
import org.centralita.runtime.agi.CallHandler;
import org.centralita.runtime.agi.ChannelOptions;
import org.centralita.runtime.agi.QueueMode;
import org.centralita.runtime.calls.FlowCallHandler;
import org.centralita.runtime.calls.RecordSubmitter;
import org.centralita.runtime.engine.CallEngine;
import org.centralita.runtime.publish.CompilingFlowBuilder;
import org.centralita.runtime.publish.FlowBundle;
import org.centralita.runtime.publish.FlowRepository;
import org.centralita.runtime.publish.PublishOutcome;

/**
 * Centralita's FastAGI runtime as {@code serve} wires it: {@link AgiServer} (max-calls = the
 * load) with the production {@link FlowCallHandler} on a flow repository where the benchmark
 * flow is published (validated and compiled), live calls and metrics. Call records are not
 * written: a store's writer works on its own thread, apart from the calls.
 */
final class CentralitaContender extends Contender {
    static final String NAME = "Centralita";
    /** The accept loop's thread, named by {@link AgiServer}. */
    private static final String ACCEPT_THREAD = "agi-accept";
    private static final int VERSIONS_KEPT = 5;

    private final AgiServer server;

    CentralitaContender(int calls) {
        super(NAME, calls, ACCEPT_THREAD);
        Clock clock = Clock.systemUTC();
        RuntimeMetrics metrics = new RuntimeMetrics();
        FlowCallHandler handler = new FlowCallHandler(published(clock), CallEngine.standalone(),
                new LiveCalls(metrics, clock), metrics, RecordSubmitter.NONE, "bench", clock);
        ServerWork work = work();
        CallHandler counted = (flowId, channel) -> {
            work.callStarted();
            try {
                return handler.handle(flowId, channel);
            } finally {
                work.callEnded();
            }
        };
        AgiSettings settings = new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), calls, QueueMode.DIALPLAN);
        this.server = new AgiServer(settings, counted, ChannelOptions.defaults(QueueMode.DIALPLAN).timedBy(metrics::agiCommand),
                () -> metrics.callRefused("capacity"));
    }

    /** A repository with the benchmark flow published, as {@code centralita publish} does. */
    private static FlowRepository published(Clock clock) {
        FlowRepository repository = new FlowRepository(new CompilingFlowBuilder(null, Set.of()), VERSIONS_KEPT, clock);
        byte[] flow = BenchDialogue.flowYaml().getBytes(StandardCharsets.UTF_8);
        PublishOutcome outcome = repository.publish(
                FlowBundle.of(Map.of(BenchDialogue.FLOW_ID + FlowSet.FLOW_SUFFIX, flow)), "bench");
        if (outcome instanceof PublishOutcome.Refused refused) {
            throw new IllegalStateException("the benchmark flow was refused: " + refused.problems());
        }
        return repository;
    }

    @Override
    InetSocketAddress start() throws IOException {
        server.start();
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port());
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(Duration.ofSeconds(5));
    }
}
