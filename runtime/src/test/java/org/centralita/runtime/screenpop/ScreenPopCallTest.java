package org.centralita.runtime.screenpop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.centralita.flows.compile.FlowCompiler;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.model.FlowSet;
import org.centralita.runtime.admin.RuntimeMetrics;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.config.ConnectorConfig;
import org.centralita.runtime.config.ScreenPopConfig;
import org.centralita.runtime.crm.CrmConnectors;
import org.centralita.runtime.engine.CallEnd;
import org.centralita.runtime.engine.CallEngine;
import org.centralita.runtime.engine.CallOutcome;
import org.centralita.runtime.engine.CallSetup;
import org.centralita.runtime.engine.QueueStates;
import org.centralita.runtime.engine.TextSpeechMatcher;
import org.centralita.runtime.sim.HandoffPlan;
import org.centralita.runtime.sim.ScriptedCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A call handed to a queue while the CRM's screen-pop endpoint hangs. */
class ScreenPopCallTest {

    private static final String FLOW = """
            centralita: 1
            id: bank-main
            start: to-agents
            variables:
              account: {type: digits, default: "12345678"}
              pin: {type: digits, sensitive: true, default: "4321"}
            nodes:
              to-agents:
                type: queue
                queue: retail
                context: {account: account, pin: pin}
            """;

    @TempDir
    Path directory;

    private final CrmStub crm = CrmStub.hanging();
    private ScreenPopSender sender;

    @AfterEach
    void stop() {
        sender.close();
        crm.close();
    }

    private ExecutableFlow flow() throws IOException {
        Files.writeString(directory.resolve("bank-main.flow.yaml"), FLOW);
        return new FlowCompiler().compile(FlowSet.load(List.of(directory))).flow("bank-main").orElseThrow();
    }

    @Test
    void shouldEndTheCallWhileTheScreenPopIsStillPending() throws Exception {
        // given: a CRM that takes the POST and never answers
        ConnectorConfig connector = new ConnectorConfig("crm", URI.create(crm.baseUrl()), null, Duration.ofSeconds(30),
                new ScreenPopConfig("/screen-pop", 3, Duration.ofSeconds(1)));
        sender = (ScreenPopSender) ScreenPopSender.fromConfig(Map.of("crm", connector), name -> null, new RuntimeMetrics());
        ScriptedCaller caller = new ScriptedCaller(new CallInfo("call-9", "+34600111222", "100", null, "PJSIP/100-9",
                Map.of()), List.of(), HandoffPlan.delivered());

        // when
        CallEnd end = new CallEngine(CrmConnectors.NONE, new TextSpeechMatcher(), QueueStates.NONE, sender)
                .run(flow(), caller, CallSetup.defaults());

        // then: the call has ended; the POST reaches the CRM and is still unanswered
        assertThat(end.outcome()).isEqualTo(CallOutcome.QUEUE);
        await().atMost(Duration.ofSeconds(10)).until(() -> crm.received().size() == 1);
        assertThat(sender.pending()).isEqualTo(1);
        var context = new ObjectMapper().readTree(crm.received().get(0).body()).get("context");
        assertThat(context.get("account").asText()).isEqualTo("12345678");
        assertThat(context.get("pin").asText()).isEqualTo("***");
        assertThat(crm.received().get(0).body()).doesNotContain("4321");
    }
}
