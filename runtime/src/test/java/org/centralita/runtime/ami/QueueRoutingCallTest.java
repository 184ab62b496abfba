package org.centralita.runtime.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.centralita.flows.compile.FlowCompiler;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.ValidationOptions;
import org.centralita.flows.validate.Validator;
import org.centralita.runtime.ami.simulator.QueueMember;
import org.centralita.runtime.ami.simulator.SimulatedAmi;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.crm.CrmConnectors;
import org.centralita.runtime.engine.CallEnd;
import org.centralita.runtime.engine.CallEngine;
import org.centralita.runtime.engine.CallSetup;
import org.centralita.runtime.engine.HandoffListener;
import org.centralita.runtime.engine.TextSpeechMatcher;
import org.centralita.runtime.sim.CallerScript;
import org.centralita.runtime.sim.HandoffPlan;
import org.centralita.runtime.sim.ScriptedCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flow that routes around an empty queue, with the queue state read from a simulated Asterisk. */
class QueueRoutingCallTest {

    private static final String FLOW = """
            centralita: 1
            id: help-desk
            start: menu
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
                  - {when: 'call.queues.support.known && call.queues.support.available == 0', next: to-overflow}
                else: to-support
              to-support:
                type: queue
                queue: support
              to-overflow:
                type: queue
                queue: overflow
            """;

    @TempDir
    Path directory;

    private SimulatedAmi asterisk;
    private QueueStatusService queues;
    private ExecutableFlow flow;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(directory.resolve("help-desk.flow.yaml"), FLOW);
        FlowSet set = FlowSet.load(List.of(directory));
        assertThat(new Validator().validate(set, ValidationOptions.defaults()).errors()).isEmpty();
        flow = new FlowCompiler().compile(set).flow("help-desk").orElseThrow();
        asterisk = SimulatedAmi.start("centralita", "s3cret");
        queues = QueueStatusService.start(AmiSettings.defaults().withPort(asterisk.port()), Map.of("AMI_SECRET", "s3cret")::get);
    }

    @AfterEach
    void stop() {
        queues.close();
        asterisk.close();
    }

    private String queueReached() {
        ScriptedCaller caller = new ScriptedCaller(new CallInfo("call-7", "+34600111222", "100", null, "PJSIP/100-7",
                Map.of()), CallerScript.parse("1"), HandoffPlan.delivered());
        CallEnd end = new CallEngine(CrmConnectors.NONE, new TextSpeechMatcher(), queues, HandoffListener.NONE)
                .run(flow, caller, CallSetup.defaults());
        return ((Handoff.Queue) end.handoff()).queue();
    }

    @Test
    void shouldRouteAroundTheQueueWhenAsteriskReportsNoAgentAvailable() {
        // given: support's only agent is paused
        asterisk.queue("support").member(QueueMember.free("PJSIP/ana").withPaused(true));
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.state("support").known());

        // when / then
        assertThat(queueReached()).isEqualTo("overflow");
    }

    @Test
    void shouldSendTheCallToTheQueueOnceAnAgentIsAvailable() {
        asterisk.queue("support").member(QueueMember.free("PJSIP/ana").withPaused(true));
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.state("support").known());

        asterisk.queue("support").pause("PJSIP/ana", false);
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.state("support").available() == 1);

        assertThat(queueReached()).isEqualTo("support");
    }

    @Test
    void shouldTakeTheOrdinaryPathWhenAsteriskIsDown() {
        asterisk.queue("support").member(QueueMember.free("PJSIP/ana").withPaused(true));
        await().atMost(Duration.ofSeconds(10)).until(() -> queues.state("support").known());

        asterisk.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> !queues.state("support").known());

        assertThat(queueReached()).isEqualTo("support");
    }
}
