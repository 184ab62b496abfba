package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.publish.PublishFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile rules against a served runtime over FastAGI: the System.exit exploit is refused at
 * publish with its file and line while a live call goes on to its end, and rules that keep
 * re-activating each other end as a node error with CENTRALITA_STATUS=ERROR and the call recorded.
 */
class ServedRulesSandboxTest {

    private static final String RULES_FLOW = """
            centralita: 1
            id: %s
            start: hello
            nodes:
              hello: {type: play, prompt: "Welcome.", next: route}
              route: {type: rules, rules: rules/%s.drl, outcomes: {vip: bye}, default: bye}
              bye: {type: hangup, prompt: "Goodbye."}
            """;

    private static final String EXIT_EXPLOIT = """
            package hostile
            import org.centralita.rules.Decision;
            rule "innocent looking"
            when
                $d : Decision()
            then
                "".getClass().forName("java.lang.System").getMethod("exit", int.class).invoke(null, 77);
            end
            """;

    @TempDir
    Path directory;
    private ServedRuntime runtime;

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void shouldRefuseTheExitExploitAtPublishWhileALiveCallGoesOn() throws Exception {
        // given a runtime serving the menu flow, and a caller on the line at its menu
        PublishFixtures.write(directory.resolve("flows"), MenuFlows.FILE, MenuFlows.menu("one"));
        runtime = ServedRuntime.servingDirectory(directory);
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger waiting = new AtomicInteger();
        SimulatedCall live = runtime.call("greeting", ServedRuntime.channel(), GatedCaller.of("1", gate, waiting));
        await().atMost(Duration.ofSeconds(30)).until(() -> waiting.get() == 1);

        // when a flow whose rules call System.exit through reflection is published
        HttpResponse<String> publish = runtime.publish(Map.of("hostile.flow.yaml", RULES_FLOW.formatted("hostile", "exit"),
                "rules/exit.drl", EXIT_EXPLOIT));
        gate.countDown();

        // then it is refused, at the rule file's line, and the live call and the server go on
        assertThat(publish.statusCode()).isEqualTo(400);
        assertThat(publish.body()).contains("exit.drl:7:").contains("'getClass' is not allowed in rules");
        assertThat(live.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(live.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
        SimulatedCall next = runtime.call("greeting", ServedRuntime.channel(), KeysCaller.of("1"));
        assertThat(next.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(runtime.server().runtime().repository().current("hostile")).isEmpty();
    }

    @Test
    void shouldEndRulesThatKeepReactivatingEachOtherAsANodeErrorWithTheCallRecorded() throws Exception {
        // given rules that pass the sandbox but wake each other up forever
        Path flows = directory.resolve("flows");
        PublishFixtures.write(flows, "looping.flow.yaml", RULES_FLOW.formatted("looping", "ping"));
        PublishFixtures.write(flows.resolve("rules"), "ping.drl", """
                package looping
                import org.centralita.rules.Decision;
                rule "ping" when $d : Decision() then update($d); end
                """);
        runtime = ServedRuntime.servingDirectory(directory);

        // when a call reaches them
        SimulatedCall call = runtime.call("looping", ServedRuntime.channel(), KeysCaller.of(""));

        // then the call takes the error path, the dialplan is told, and the call is recorded
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "ERROR");
        assertThat(runtime.record(call.uniqueId()).outcome()).isEqualTo("error");
        List<Map<String, Object>> trace = runtime.trace(call.uniqueId());
        assertThat(trace).anySatisfy(event -> assertThat(event).containsEntry("event", "error")
                .containsEntry("node", "route").hasEntrySatisfying("message", message ->
                        assertThat((String) message).contains("rules fired more than 10000 times")));
    }
}
