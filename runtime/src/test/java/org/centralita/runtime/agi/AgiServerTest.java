package org.centralita.runtime.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.ChannelSetup;
import org.centralita.runtime.agi.simulator.PbxTarget;
import org.centralita.runtime.agi.simulator.SimClock;
import org.centralita.runtime.agi.simulator.SimulatedAsterisk;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.channel.CallChannel;
import org.centralita.runtime.channel.CallerHungUp;
import org.centralita.runtime.channel.CallerInput;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;
import org.centralita.runtime.channel.InputRequest;
import org.centralita.runtime.channel.Prompt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real Asterisk-Java FastAGI server with Centralita's AGI script, driven over real sockets
 * by the simulated Asterisk. The adapter's commands, in order, are what the caller scripts count:
 * ANSWER is command 1, the prompt or GET DATA command 2.
 */
class AgiServerTest {
    private static final Duration CALL_END = Duration.ofSeconds(10);
    private static final Handoff.Queue SUPPORT = new Handoff.Queue("support", 5, Duration.ofSeconds(60), false,
            Map.of("customer", "42", "segment-name", "gold"));

    private final SimulatedAsterisk asterisk = new SimulatedAsterisk(SimClock.scaled(0.05));
    private final List<Object> seen = new CopyOnWriteArrayList<>();
    private final List<String> wire = new CopyOnWriteArrayList<>();
    private AgiServer server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.stop(Duration.ofSeconds(2));
        }
    }

    /** Greets, collects four keys and hands the call to the support queue. */
    private CallResult bankMain(String flowId, CallChannel channel) {
        if (!flowId.equals("bank-main")) {
            return CallResult.notFound();
        }
        try {
            channel.answer();
            CallerInput input = channel.collect(fourDigits("welcome"));
            seen.add(input);
            HandoffResult handoff = channel.handOff(SUPPORT);
            seen.add(handoff);
            return handoff == HandoffResult.OVERFLOW ? CallResult.hangup() : CallResult.queue(SUPPORT);
        } catch (CallerHungUp e) {
            seen.add(e);
            throw e;
        }
    }

    private static InputRequest fourDigits(String prompt) {
        return new InputRequest(Prompt.text("en", prompt), true, true, false, 4, "#", Duration.ofSeconds(3),
                Duration.ofSeconds(3), Duration.ofSeconds(5), false);
    }

    private static final org.centralita.runtime.agi.simulator.SoundLibrary QUEUE_SOUNDS =
            org.centralita.runtime.agi.simulator.SoundLibrary.coreSounds().add("queue-thereare", 6400)
                    .add("queue-callswaiting", 7200).add("queue-youarenext", 9600);

    private static final PromptRenderer SOUNDS = (speak, language) ->
            speak.text().equals("welcome") ? "hello-world" : "tt-monkeys";

    private AgiServer start(List<String> allow, int maxCalls, QueueMode mode, CallHandler handler) throws IOException {
        server = new AgiServer(new AgiSettings("127.0.0.1", 0, allow, maxCalls, mode), handler,
                new ChannelOptions(SOUNDS, "/var/spool/asterisk/recording", mode));
        server.start();
        return server;
    }

    private SimulatedCall call(String flow, CallerScript caller) {
        return call(flow, caller, new ChannelSetup());
    }

    private SimulatedCall call(String flow, CallerScript caller, ChannelSetup setup) {
        return asterisk.call(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()),
                setup.agi("agi://127.0.0.1:4573/" + flow), caller);
    }

    @Test
    void shouldNeverCutALongCallWithAReadTimeout() throws Exception {
        // given a flow that is waiting for Asterisk (as during hours in a queue or on hold)
        java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        start(List.of("127.0.0.1"), 10, QueueMode.DIALPLAN, (flow, channel) -> {
            channel.answer();
            waiting.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CallResult.hangup();
        });

        // when a call is in progress
        SimulatedCall call = call("bank-main", CallerScript.silent());
        assertThat(waiting.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        // then its socket has no read time-out (Asterisk-Java's own default cuts at 3 hours)
        assertThat(server.readTimeoutsOfActiveCalls()).containsExactly(0);
        release.countDown();
        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
    }

    @Test
    void shouldLeaveQueueVariablesWhenTheFlowHandsToAQueue() throws Exception {
        // given
        start(List.of("127.0.0.1"), 10, QueueMode.DIALPLAN, this::bankMain);
        CallerScript caller = CallerScript.silent().press(2, 500, '1').press(2, 800, '2')
                .press(2, 1100, '3').press(2, 1400, '4');

        // when
        SimulatedCall call = call("bank-main", caller);

        // then
        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(seen).containsExactly(new CallerInput.Digits("1234", false), HandoffResult.DELIVERED);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "QUEUE")
                .containsEntry("CENTRALITA_CALL_ID", call.uniqueId())
                .containsEntry("CENTRALITA_QUEUE", "support")
                .containsEntry("CENTRALITA_PRIORITY", "5")
                .containsEntry("QUEUE_PRIO", "5")
                .containsEntry("CENTRALITA_TIMEOUT", "60")
                .containsEntry("__CENTRALITA_CTX_CUSTOMER", "42")
                .containsEntry("__CENTRALITA_CTX_SEGMENT_NAME", "gold");
    }

    @Test
    void shouldEndWithHangupWhenTheCallerHangsUpDuringThePrompt() throws Exception {
        // given
        start(List.of("127.0.0.1"), 10, QueueMode.DIALPLAN, (flow, channel) -> {
            channel.answer();
            try {
                channel.play(Prompt.text("en", "a long story"), "");
            } catch (CallerHungUp e) {
                seen.add(e);
                throw e;
            }
            return CallResult.hangup();
        });

        // when
        SimulatedCall call = call("bank-main", CallerScript.silent().hangUp(2, 1000));

        // then
        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(seen).singleElement().isInstanceOf(CallerHungUp.class);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
    }

    @Test
    void shouldEndWithHangupWhenTheCallerHangsUpDuringInput() throws Exception {
        // given
        start(List.of("127.0.0.1"), 10, QueueMode.DIALPLAN, this::bankMain);

        // when
        SimulatedCall call = call("bank-main", CallerScript.silent().press(2, 300, '5').hangUp(2, 900));

        // then
        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(seen).singleElement().isInstanceOf(CallerHungUp.class);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP")
                .doesNotContainKey("CENTRALITA_QUEUE");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownFlow() throws Exception {
        // given
        start(List.of("127.0.0.1"), 10, QueueMode.DIALPLAN, this::bankMain);

        // when
        SimulatedCall unknown = call("no-such-flow", CallerScript.silent());
        SimulatedCall noPath = asterisk.call(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()),
                new ChannelSetup().agi("agi://127.0.0.1"), CallerScript.silent());

        // then
        assertThat(unknown.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(unknown.variables()).containsEntry("CENTRALITA_STATUS", "NOT_FOUND");
        assertThat(noPath.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(noPath.variables()).containsEntry("CENTRALITA_STATUS", "NOT_FOUND");
    }

    @Test
    void shouldCloseAConnectionFromAnAddressNotAllowed() throws Exception {
        // given
        AtomicInteger handled = new AtomicInteger();
        start(List.of("127.0.0.2"), 10, QueueMode.DIALPLAN, (flow, channel) -> {
            handled.incrementAndGet();
            return CallResult.hangup();
        });

        // when
        SimulatedCall call = call("bank-main", CallerScript.silent());

        // then
        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(call.variables()).doesNotContainKey("CENTRALITA_STATUS");
        assertThat(handled).hasValue(0);
    }

    @Test
    void shouldAnswerBusyAtOnceWhenAtCapacity() throws Exception {
        // given
        CountDownLatch release = new CountDownLatch(1);
        start(List.of("127.0.0.1"), 1, QueueMode.DIALPLAN, answersThenWaitsFor(release));
        SimulatedCall first = call("bank-main", CallerScript.silent());
        await().atMost(Duration.ofSeconds(5)).until(() -> server.activeCalls() == 1);

        // when
        SimulatedCall second = call("bank-main", CallerScript.silent());

        // then
        assertThat(second.awaitStatus(Duration.ofSeconds(2))).isEqualTo(AgiStatus.SUCCESS);
        assertThat(second.variables()).containsEntry("CENTRALITA_STATUS", "BUSY");
        assertThat(first.isFinished()).isFalse();
        release.countDown();
        assertThat(first.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(first.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
    }

    @Test
    void shouldReturnOverflowWhenTheQueueTimesOutInAgiMode() throws Exception {
        // given
        start(List.of("127.0.0.1"), 10, QueueMode.AGI, this::bankMain);
        ChannelSetup pbx = new ChannelSetup().queue("support", PbxTarget.of(PbxTarget.Outcome.NEVER_ANSWERS));

        // when
        SimulatedCall call = call("bank-main", CallerScript.silent().press(2, 100, '#'), pbx);

        // then
        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(seen).containsExactly(new CallerInput.Digits("", true), HandoffResult.OVERFLOW);
        assertThat(call.variables()).containsEntry("QUEUESTATUS", "TIMEOUT")
                .containsEntry("CENTRALITA_STATUS", "HANGUP");
    }

    @Test
    void shouldDeliverWhenAnAgentAnswersInAgiMode() throws Exception {
        // given
        start(List.of("127.0.0.1"), 10, QueueMode.AGI, this::bankMain);
        ChannelSetup pbx = new ChannelSetup().queue("support", PbxTarget.answers(200, 500));

        // when
        SimulatedCall call = call("bank-main", CallerScript.silent().press(2, 100, '#'), pbx);

        // then
        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(seen).containsExactly(new CallerInput.Digits("", true), HandoffResult.DELIVERED);
        // the agent took the call here: the dialplan must not queue it again, only hang up
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP")
                .containsEntry("CENTRALITA_QUEUE", "support")
                .containsEntry("__CENTRALITA_CTX_CUSTOMER", "42");
    }

    @Test
    void shouldDeliverWhenTheCallerHangsUpAfterTalkingToTheAgentInAgiMode() throws Exception {
        // given an agent who answers after 1 s, and a caller who hangs up 5 s into the queue call
        start(List.of("127.0.0.1"), 10, QueueMode.AGI, this::bankMain);
        ChannelSetup pbx = new ChannelSetup().queue("support", PbxTarget.answers(1000, 60_000));

        // when
        SimulatedCall call = call("bank-main", hangsUpInQueueAfter(5000).press(2, 100, '#'), pbx);

        // then the call was answered: delivered, not abandoned
        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(seen).containsExactly(new CallerInput.Digits("", true), HandoffResult.DELIVERED);
        assertThat(call.variables()).containsEntry("MEMBERINTERFACE", "Local/agent1@agents/n")
                .containsEntry("CENTRALITA_STATUS", "HANGUP");
    }

    @Test
    void shouldTellTheFlowTheCallerHungUpWhileWaitingInTheQueueInAgiMode() throws Exception {
        // given an agent who would answer after 30 s, and a caller who hangs up 5 s into the queue call
        start(List.of("127.0.0.1"), 10, QueueMode.AGI, this::bankMain);
        ChannelSetup pbx = new ChannelSetup().queue("support", PbxTarget.answers(30_000, 60_000));

        // when
        SimulatedCall call = call("bank-main", hangsUpInQueueAfter(5000).press(2, 100, '#'), pbx);

        // then the flow hears the hang-up: nobody answered
        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(seen).hasSize(2).first().isEqualTo(new CallerInput.Digits("", true));
        assertThat(seen.get(1)).isInstanceOf(CallerHungUp.class);
    }

    @Test
    void shouldTakeAnAnswerOnAQueueWithoutSetInterfaceVarAsDeliveredWhenTheAgentHangsUpInAgiMode() throws Exception {
        // given a queue without setinterfacevar: only the live channel tells the agent hung up
        start(List.of("127.0.0.1"), 10, QueueMode.AGI, this::bankMain);
        ChannelSetup pbx = new ChannelSetup().queue("support", PbxTarget.answers(200, 500).withoutInterfaceVariables());

        // when
        SimulatedCall call = call("bank-main", CallerScript.silent().press(2, 100, '#'), pbx);

        // then
        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(seen).containsExactly(new CallerInput.Digits("", true), HandoffResult.DELIVERED);
    }

    @Test
    void shouldSayThePlaceInLineBeforeJoiningTheQueueInAgiMode() throws Exception {
        // given three callers already waiting in support, and a queue node that announces the place
        SimulatedCall call = callAnnouncingThePlace(3);

        // then app_queue's own words, before the caller joins the queue
        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(seen).containsExactly(HandoffResult.OVERFLOW);
        assertThat(announcement()).containsExactly("GET FULL VARIABLE \"${QUEUE_WAITING_COUNT(support)}\"",
                "STREAM FILE \"queue-thereare\" \"\"", "SAY NUMBER \"4\" \"\"",
                "STREAM FILE \"queue-callswaiting\" \"\"", "EXEC \"Queue\" \"support,,,,60\"");
        assertThat(call.variables()).containsEntry("CENTRALITA_ANNOUNCE_POSITION", "yes");
    }

    @Test
    void shouldSayTheCallerIsNextWhenNobodyWaitsInAgiMode() throws Exception {
        SimulatedCall call = callAnnouncingThePlace(0);

        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(announcement()).containsExactly("GET FULL VARIABLE \"${QUEUE_WAITING_COUNT(support)}\"",
                "STREAM FILE \"queue-youarenext\" \"\"", "EXEC \"Queue\" \"support,,,,60\"");
    }

    /** A call to a flow that hands straight to support, announcing the place, with {@code waiting} callers there. */
    private SimulatedCall callAnnouncingThePlace(int waiting) throws IOException {
        Handoff.Queue announcing = new Handoff.Queue("support", 5, Duration.ofSeconds(60), true, Map.of());
        start(List.of("127.0.0.1"), 10, QueueMode.AGI, (flow, channel) -> {
            channel.answer();
            seen.add(channel.handOff(announcing));
            return CallResult.hangup();
        });
        ChannelSetup pbx = new ChannelSetup().sounds(QUEUE_SOUNDS)
                .queue("support", PbxTarget.of(PbxTarget.Outcome.NEVER_ANSWERS).withWaiting(waiting));
        return call("bank-main", CallerScript.silent().reacting((n, line, script) -> wire.add(line)), pbx);
    }

    /** The commands of the place announcement and the queue, as sent. */
    private List<String> announcement() {
        return wire.stream().filter(l -> l.contains("QUEUE_WAITING_COUNT") || l.startsWith("STREAM FILE")
                || l.startsWith("SAY NUMBER") || l.startsWith("EXEC")).toList();
    }

    /** A caller who hangs up {@code afterMs} into the EXEC Queue command. */
    private static CallerScript hangsUpInQueueAfter(long afterMs) {
        return CallerScript.silent().reacting((command, line, script) -> {
            if (line.startsWith("EXEC \"Queue\"")) {
                script.hangUp(command, afterMs);
            }
        });
    }

    @Test
    void shouldDrainRunningCallsWhenStopping() throws Exception {
        // given
        CountDownLatch release = new CountDownLatch(1);
        start(List.of("127.0.0.1"), 10, QueueMode.DIALPLAN, answersThenWaitsFor(release));
        SimulatedCall running = call("bank-main", CallerScript.silent());
        await().atMost(Duration.ofSeconds(5)).until(() -> server.activeCalls() == 1);

        // when
        Thread stopper = new Thread(() -> {
            try {
                seen.add(server.stop(Duration.ofSeconds(5)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stopper.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> !server.isAccepting());
        SimulatedCall late = call("bank-main", CallerScript.silent());
        assertThat(late.awaitStatus(CALL_END)).isEqualTo(AgiStatus.FAILURE);
        release.countDown();
        stopper.join(TimeUnit.SECONDS.toMillis(10));

        // then
        assertThat(running.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(running.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
        assertThat(seen).containsExactly(true);
        server = null;
    }

    /** A call that stays in the flow until the test lets it go. */
    private static CallHandler answersThenWaitsFor(CountDownLatch release) {
        return (flow, channel) -> {
            channel.answer();
            awaitQuietly(release);
            return CallResult.hangup();
        };
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
