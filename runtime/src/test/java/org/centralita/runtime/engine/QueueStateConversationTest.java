package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.runtime.channel.HandoffResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueStateConversationTest {

    private static final String FLOW = """
            centralita: 1
            id: support-line
            start: route
            variables:
              account: {type: digits, default: "12345678"}
              pin: {type: digits, sensitive: true, default: "4321"}
            nodes:
              route:
                type: decision
                branches:
                  - {when: 'call.queues.support.known && call.queues.support.available == 0', next: to-backup}
                  - {when: 'call.queues.support.known && call.queues.support.holdtime > 60', next: announce-wait}
                else: to-support
              announce-wait:
                type: play
                prompt: "The expected wait is ${call.queues.support.holdtime} seconds, ${call.queues.support.waiting} callers are ahead of you."
                next: to-support
              to-support:
                type: queue
                queue: support
                priority: 2
                context: {account: account, pin: pin}
                overflow: sorry
              to-backup:
                type: queue
                queue: backup
                overflow: sorry
              sorry:
                type: hangup
                prompt: "Sorry, nobody can take your call."
            """;

    @TempDir
    Path directory;

    private ExecutableFlow flow;
    private final List<QueueHandoff> handedOff = new ArrayList<>();

    @BeforeEach
    void compileTheFlow() {
        flow = new CompiledFlows(directory).file("support-line.flow.yaml", FLOW).compile("support-line");
    }

    private static QueueStates only(String queue, QueueState state) {
        return new QueueStates() {
            @Override
            public QueueState state(String name) {
                return name.equals(queue) ? state : QueueState.unknown();
            }

            @Override
            public Map<String, QueueState> known() {
                return Map.of(queue, state);
            }
        };
    }

    @Test
    void shouldRouteAroundAQueueWithNoAgentAvailable() {
        // given: support has agents logged in, but none free
        QueueStates states = only("support", new QueueState(true, 4, 3, 0, 200, 310));

        // when
        var call = Conversation.call(flow).withQueues(states).run();

        // then
        assertThat(call.path()).containsExactly("route", "to-backup");
        assertThat(call.events("queue").get(0).fields()).containsEntry("queue", "backup");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.QUEUE);
    }

    @Test
    void shouldAnnounceTheExpectedWaitWhenTheHoldTimeIsLong() {
        QueueStates states = only("support", new QueueState(true, 3, 5, 2, 95, 120));

        var call = Conversation.call(flow).withQueues(states).run();

        assertThat(call.prompts()).containsExactly("The expected wait is 95 seconds, 3 callers are ahead of you.");
        assertThat(call.path()).containsExactly("route", "announce-wait", "to-support");
    }

    @Test
    void shouldTakeTheDefaultPathWithoutAnErrorWhenTheQueueStateIsUnknown() {
        var call = Conversation.call(flow).withQueues(QueueStates.NONE).run();

        assertThat(call.path()).containsExactly("route", "to-support");
        assertThat(call.events("error")).isEmpty();
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.QUEUE);
    }

    @Test
    void shouldTellTheHandoffListenerOfADeliveredHandoffWithTheContextMasked() {
        var call = Conversation.call(flow).withHandoffListener(handedOff::add).run();

        assertThat(call.end().outcome()).isEqualTo(CallOutcome.QUEUE);
        assertThat(handedOff).containsExactly(new QueueHandoff("call-1", "support-line", flow.version(), "to-support",
                "support", 2, Map.of("account", "12345678", "pin", "***")));
    }

    @Test
    void shouldNotTellTheHandoffListenerWhenTheQueueOverflows() {
        var call = Conversation.call(flow).withHandoffListener(handedOff::add).queueAnswers(HandoffResult.OVERFLOW).run();

        assertThat(call.path()).containsExactly("route", "to-support", "sorry");
        assertThat(handedOff).isEmpty();
    }

    @Test
    void shouldKeepTheHandoffWhenTheListenerFails() {
        HandoffListener failing = handoff -> {
            throw new IllegalStateException("screen pop broken");
        };

        var call = Conversation.call(flow).withHandoffListener(failing).run();

        assertThat(call.end().outcome()).isEqualTo(CallOutcome.QUEUE);
        assertThat(call.events("error")).isEmpty();
    }

    @Test
    void shouldTellTheHandoffListenerBeforeAChannelThatConnectsTheCallerItselfHandsOff() {
        // given a channel that runs the queue itself (queue-mode agi): it returns after the conversation
        List<String> happenings = new ArrayList<>();

        // when
        var call = Conversation.call(flow).withHandoffListener(pop -> happenings.add("pop " + pop.queue()))
                .onChannel(caller -> new ConnectingChannel(caller, true, false, happenings)).run();

        // then the agent's screen is popped before the caller reaches the agent
        assertThat(happenings).containsExactly("pop support", "hand-off");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.QUEUE);
    }

    @Test
    void shouldTellTheHandoffListenerAfterTheHandoffWhenThePbxConnectsTheCallerAfterTheSession() {
        List<String> happenings = new ArrayList<>();

        Conversation.call(flow).withHandoffListener(pop -> happenings.add("pop " + pop.queue()))
                .onChannel(caller -> new ConnectingChannel(caller, false, false, happenings)).run();

        assertThat(happenings).containsExactly("hand-off", "pop support");
    }

    @Test
    void shouldTraceACallerWhoHangsUpWhileWaitingInTheQueueAsAbandonedAndEndAsACallerHangUp() {
        // given a caller who hangs up while the channel has them in the queue
        List<String> happenings = new ArrayList<>();

        // when
        var call = Conversation.call(flow).onChannel(caller -> new ConnectingChannel(caller, true, true, happenings))
                .run();

        // then
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.CALLER_HANGUP);
        assertThat(call.events("queue")).singleElement()
                .satisfies(queue -> assertThat(queue.get("result")).isEqualTo("abandoned"));
        assertThat(call.eventNames()).endsWith("queue", "hangup", "end");
        assertThat(call.last().get("outcome")).isEqualTo("caller-hangup");
    }
}
