package org.centralita.runtime.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralita.runtime.admin.LiveCalls;
import org.centralita.runtime.admin.RuntimeMetrics;
import org.centralita.runtime.agi.AgiServer;
import org.centralita.runtime.agi.AgiSettings;
import org.centralita.runtime.agi.ChannelOptions;
import org.centralita.runtime.agi.QueueMode;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.ChannelSetup;
import org.centralita.runtime.agi.simulator.SimClock;
import org.centralita.runtime.agi.simulator.SimulatedAsterisk;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.agi.simulator.SoundLibrary;
import org.centralita.runtime.channel.CallChannel;
import org.centralita.runtime.engine.CallEngine;
import org.centralita.runtime.publish.FlowRepository;
import org.centralita.runtime.publish.PublishFixtures;
import org.centralita.runtime.publish.TestBuilders;
import org.centralita.runtime.store.CallEventRecord;
import org.centralita.runtime.store.CallRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A call whose engine fails outright (the channel cannot play, so even the apology fails),
 * served over a real FastAGI socket: the session still ends at once with CENTRALITA_STATUS=ERROR
 * and no hang-up (the dialplan takes the caller to an operator: no dead air), and the call's
 * record and complete trace are kept.
 */
class EngineFailureOverAgiTest {

    private final SimulatedAsterisk asterisk = new SimulatedAsterisk(SimClock.scaled(0.05));
    private final RuntimeMetrics metrics = new RuntimeMetrics();
    private final List<CallRecord> records = new CopyOnWriteArrayList<>();
    private final List<List<CallEventRecord>> traces = new CopyOnWriteArrayList<>();
    private AgiServer server;

    @BeforeEach
    void start() throws Exception {
        FlowRepository flows = new FlowRepository(TestBuilders.real(), 5, Clock.systemUTC());
        flows.publish(PublishFixtures.bundle("greeting.flow.yaml", PublishFixtures.flow("greeting", "Welcome.")), "test");
        FlowCallHandler handler = new FlowCallHandler(flows, CallEngine.standalone(),
                new LiveCalls(metrics, Clock.systemUTC()), metrics, (call, events) -> {
                    records.add(call);
                    traces.add(events.get());
                }, "test-node", Clock.systemUTC());
        server = new AgiServer(new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), 5, QueueMode.DIALPLAN),
                (flowId, channel) -> handler.handle(flowId, unableToPlay(channel)),
                ChannelOptions.defaults(QueueMode.DIALPLAN));
        server.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.stop(Duration.ofSeconds(2));
    }

    @Test
    void shouldTellErrorWithoutHangingUpAndKeepTheRecordWhenTheEngineFails() throws Exception {
        // given
        List<String> wire = new CopyOnWriteArrayList<>();
        CallerScript caller = CallerScript.silent().reacting((command, line, script) -> wire.add(line));

        // when
        SimulatedCall call = asterisk.call(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()),
                new ChannelSetup().sounds(SoundLibrary.coreSounds()).agi("agi://127.0.0.1/greeting"), caller);

        // then the dialplan goes on (to its operator) with the status, and the runtime did not hang up
        assertThat(call.awaitStatus(Duration.ofSeconds(10))).isEqualTo(AgiStatus.SUCCESS);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "ERROR")
                .containsEntry("CENTRALITA_CALL_ID", call.uniqueId());
        assertThat(wire).doesNotContain("HANGUP");
        // and the record says error at the node, its trace ends as every trace does
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.outcome()).isEqualTo("error");
            assertThat(record.lastNode()).isEqualTo("hello");
            assertThat(record.callId()).isEqualTo(call.uniqueId());
        });
        List<CallEventRecord> trace = traces.get(0);
        assertThat(trace.get(trace.size() - 2).event()).isEqualTo("error");
        assertThat(trace.get(trace.size() - 1).json()).contains("\"event\":\"end\"").contains("\"outcome\":\"error\"");
        assertThat(metrics.scrape()).contains("centralita_node_errors_total{flow=\"greeting\",node=\"hello\"} 2.0");
    }

    /** The channel, except that every prompt fails as if the media server were gone. */
    private static CallChannel unableToPlay(CallChannel channel) {
        return (CallChannel) Proxy.newProxyInstance(CallChannel.class.getClassLoader(), new Class<?>[] {CallChannel.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("play")) {
                        throw new IllegalStateException("the media server is gone");
                    }
                    try {
                        return method.invoke(channel, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
