package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.PbxTarget;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A served runtime in queue-mode agi over a real socket: the runtime runs EXEC Queue itself, so
 * a queue that gives the call back reaches the flow's overflow (here EXEC VoiceMail, over AGI
 * too), an answered call is a queue call however it ends, and the agent's screen pops before
 * the caller is queued.
 */
class ServedQueueModeAgiTest {

    private static final String FLOW = """
            centralita: 1
            id: help-desk
            start: to-support
            variables:
              account: {type: digits, default: "12345678"}
              pin: {type: digits, sensitive: true, default: "4321"}
            nodes:
              to-support:
                type: queue
                queue: support
                timeout: 20s
                context: [account, pin]
                overflow: leave-message
              leave-message: {type: voicemail, mailbox: "100@default"}
            """;
    private static final String QUEUE = "EXEC \"Queue\" \"support,,,,20\"";
    private static final String VOICEMAIL = "EXEC \"VoiceMail\" \"100@default,u\"";

    @TempDir
    Path directory;

    private ScreenPopCrm crm;
    private ServedRuntime runtime;
    private final List<String> wire = new CopyOnWriteArrayList<>();
    /** Each screen pop, with the commands the runtime had sent when it reached the CRM. */
    private final List<Map.Entry<String, List<String>>> screenPops = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(directory.resolve("flows"));
        Files.writeString(directory.resolve("flows/help-desk.flow.yaml"), FLOW);
        crm = ScreenPopCrm.start(body -> screenPops.add(Map.entry(body, List.copyOf(wire))));
        runtime = ServedRuntime.startRunningQueues(directory.resolve("runtime"), directory.resolve("flows"),
                "jdbc:h2:" + directory.resolve("records"), crm.connectors(), name -> null);
    }

    @AfterEach
    void stop() {
        runtime.close();
        crm.close();
    }

    @Test
    void shouldEndInTheQueueAndPopTheScreenBeforeTheCallerIsQueuedWhenAnAgentAnswers() throws Exception {
        // given an agent who answers after 2 s and talks a minute
        SimulatedCall call = call(PbxTarget.answers(2000, 60_000), caller());

        // when / then the call ends in the queue
        assertThat(runtime.record(call.uniqueId()).outcome()).isEqualTo("queue");
        assertThat(queueEvent(call)).containsEntry("result", "delivered");
        assertThat(wire).contains(QUEUE).doesNotContain(VOICEMAIL);
        // and the CRM had the context (never the PIN) while the caller was still queued or talking
        Map.Entry<String, List<String>> pop = await().atMost(Duration.ofSeconds(10))
                .until(() -> screenPops.isEmpty() ? null : screenPops.get(0), p -> p != null);
        assertThat(pop.getKey()).contains("\"queue\":\"support\"").contains("12345678").doesNotContain("4321");
        assertThat(afterQueue(pop.getValue())).as("commands sent after EXEC Queue returned").isEmpty();
        assertThat(screenPops).hasSize(1);
    }

    @Test
    void shouldEndInTheQueueWhenTheCallerHangsUpAfterTalkingToTheAgent() throws Exception {
        // given an agent who answers after 2 s, and a caller who hangs up 10 s into the queue call
        SimulatedCall call = call(PbxTarget.answers(2000, 60_000), caller().reacting(hangsUpInQueue(10_000)));

        // when / then an answered call, not an abandoned one
        assertThat(runtime.record(call.uniqueId()).outcome()).isEqualTo("queue");
        assertThat(queueEvent(call)).containsEntry("result", "delivered");
        assertThat(events(call)).doesNotContain("hangup");
        await().atMost(Duration.ofSeconds(10)).until(() -> screenPops.size() == 1);
    }

    @Test
    void shouldEndAsACallerHangUpAbandonedInTheQueueWhenTheCallerHangsUpWhileWaiting() throws Exception {
        // given an agent who would answer after 30 s, and a caller who hangs up 5 s into the queue call
        SimulatedCall call = call(PbxTarget.answers(30_000, 60_000), caller().reacting(hangsUpInQueue(5000)));

        // when / then
        assertThat(runtime.record(call.uniqueId()).outcome()).isEqualTo("caller-hangup");
        assertThat(queueEvent(call)).containsEntry("result", "abandoned");
        assertThat(events(call)).containsSubsequence("queue", "hangup", "end");
        assertThat(wire).doesNotContain(VOICEMAIL);
    }

    @ParameterizedTest
    @EnumSource(value = PbxTarget.Outcome.class, names = {"NEVER_ANSWERS", "EMPTY", "FULL"})
    void shouldTakeTheOverflowToVoicemailOverAgiWhenTheQueueGivesTheCallBack(PbxTarget.Outcome queue)
            throws Exception {
        // given a queue that times out, has no agents, or is full; a caller who leaves a message
        SimulatedCall call = call(PbxTarget.of(queue), caller().reacting(hangsUpInVoicemail()));

        // when / then the flow goes on at overflow: EXEC VoiceMail on the wire, after EXEC Queue
        assertThat(runtime.record(call.uniqueId()).outcome()).isEqualTo("voicemail");
        assertThat(queueEvent(call)).containsEntry("result", "overflow");
        assertThat(wire).containsSubsequence(QUEUE, VOICEMAIL);
    }

    private SimulatedCall call(PbxTarget support, CallerScript caller) throws Exception {
        SimulatedCall call = runtime.call("help-desk", ServedRuntime.channel().answered(true).queue("support", support),
                caller);
        call.awaitStatus(ServedRuntime.CALL_END);
        return call;
    }

    /** A silent caller whose every command the test keeps, in order. */
    private CallerScript caller() {
        return CallerScript.silent().reacting((command, line, script) -> wire.add(line));
    }

    private CallerScript.Reaction hangsUpInQueue(long afterMs) {
        return hangsUpIn(QUEUE, afterMs);
    }

    private CallerScript.Reaction hangsUpInVoicemail() {
        return hangsUpIn(VOICEMAIL, 2000);
    }

    private CallerScript.Reaction hangsUpIn(String command, long afterMs) {
        return (number, line, script) -> {
            wire.add(line);
            if (line.equals(command)) {
                script.hangUp(number, afterMs);
            }
        };
    }

    private static List<String> afterQueue(List<String> sent) {
        int queue = sent.indexOf(QUEUE);
        return queue < 0 ? List.of() : sent.subList(queue + 1, sent.size());
    }

    private Map<String, Object> queueEvent(SimulatedCall call) {
        return runtime.trace(call.uniqueId()).stream().filter(e -> "queue".equals(e.get("event"))).findFirst()
                .orElseThrow();
    }

    private List<Object> events(SimulatedCall call) {
        return runtime.trace(call.uniqueId()).stream().map(e -> e.get("event")).toList();
    }
}
