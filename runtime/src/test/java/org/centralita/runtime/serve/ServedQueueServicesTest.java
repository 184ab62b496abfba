package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.ami.simulator.QueueMember;
import org.centralita.runtime.ami.simulator.SimulatedAmi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served runtime with {@code ami} and a connector's {@code screen-pop} configured: flows read
 * the queue state Asterisk reports, and a call handed to a queue pops the agent's CRM screen.
 */
class ServedQueueServicesTest {

    private static final String FLOW = """
            centralita: 1
            id: help-desk
            start: menu
            variables:
              account: {type: digits, default: "12345678"}
              pin: {type: digits, sensitive: true, default: "4321"}
            nodes:
              menu:
                type: menu
                prompt: "For support, press 1."
                options:
                  "1": {next: route}
                max-retries: to-support
              route:
                type: decision
                branches:
                  - {when: '!call.queues.support.known', next: to-unknown}
                  - {when: 'call.queues.support.available == 0', next: to-overflow}
                else: to-support
              to-support: {type: queue, queue: support, context: [account, pin]}
              to-overflow: {type: queue, queue: overflow, context: [account]}
              to-unknown: {type: queue, queue: state-unknown}
            """;

    @TempDir
    Path directory;

    private SimulatedAmi asterisk;
    private ScreenPopCrm crm;
    private ServedRuntime runtime;
    private final List<String> screenPops = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(directory.resolve("flows"));
        Files.writeString(directory.resolve("flows/help-desk.flow.yaml"), FLOW);
        asterisk = SimulatedAmi.start("centralita", "s3cret");
        crm = ScreenPopCrm.start(screenPops::add);
        String more = crm.connectors() + """
                ami: {host: 127.0.0.1, port: %d, username: centralita, secret-env: AMI_SECRET, refresh: 1s}
                """.formatted(asterisk.port());
        runtime = ServedRuntime.start(directory.resolve("runtime"), directory.resolve("flows"),
                "jdbc:h2:" + directory.resolve("records"), more, Map.of("AMI_SECRET", "s3cret")::get);
    }

    @AfterEach
    void stop() {
        runtime.close();
        crm.close();
        asterisk.close();
    }

    @Test
    void shouldRouteAroundAQueueWithNoAgentAvailableAsAsteriskReportsIt() throws Exception {
        // given support's only agent is paused, as Asterisk's manager interface reports
        asterisk.queue("support").member(QueueMember.free("PJSIP/ana").withPaused(true));

        // when callers press 1, once Asterisk's report has reached the runtime
        String queue = queueOnceTheStateIsKnown();

        // then the call goes to the overflow queue
        assertThat(queue).isEqualTo("overflow");
    }

    @Test
    void shouldPopTheAgentsScreenWithTheQueueContextAndItsSecretsMasked() throws Exception {
        // given an available agent in support, and a context that hands on the caller's PIN
        asterisk.queue("support").member(QueueMember.free("PJSIP/ana"));

        // when a caller is handed to support
        SimulatedCall call = callOnceTheStateIsKnown();
        assertThat(call.variables()).containsEntry("CENTRALITA_QUEUE", "support");

        // then the CRM receives the context with the PIN masked, never in clear
        await().atMost(Duration.ofSeconds(10)).until(() -> screenPops.stream().anyMatch(pop -> pop.contains(call.uniqueId())));
        String pop = screenPops.stream().filter(p -> p.contains(call.uniqueId())).findFirst().orElseThrow();
        assertThat(pop).contains("\"queue\":\"support\"").contains("\"account\":\"12345678\"")
                .contains("\"pin\":\"***\"").doesNotContain("4321");
        // and so do the call's trace and record
        List<Map<String, Object>> trace = runtime.trace(call.uniqueId());
        assertThat(trace).anySatisfy(event -> assertThat(event).containsEntry("event", "queue")
                .containsEntry("context", Map.of("account", "12345678", "pin", "***")));
        assertThat(trace.toString()).doesNotContain("4321");
        assertThat(runtime.record(call.uniqueId()).toString()).doesNotContain("4321");
    }

    /** The queue a caller pressing 1 reaches, once the runtime has Asterisk's queue state. */
    private String queueOnceTheStateIsKnown() {
        return callOnceTheStateIsKnown().variables().get("CENTRALITA_QUEUE");
    }

    /**
     * A call of a caller pressing 1, once the runtime has Asterisk's queue state (until then the
     * flow routes to 'state-unknown', so neither outcome above can be reached by default).
     */
    private SimulatedCall callOnceTheStateIsKnown() {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            SimulatedCall call = runtime.call("help-desk", ServedRuntime.channel(), KeysCaller.of("1"));
            assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.SUCCESS);
            return call;
        }, call -> !"state-unknown".equals(call.variables().get("CENTRALITA_QUEUE")));
    }
}
