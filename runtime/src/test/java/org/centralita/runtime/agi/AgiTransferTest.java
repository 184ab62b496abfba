package org.centralita.runtime.agi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.ChannelSetup;
import org.centralita.runtime.agi.simulator.PbxTarget;
import org.centralita.runtime.agi.simulator.SimClock;
import org.centralita.runtime.agi.simulator.SimulatedAsterisk;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Transfers and voicemail run over AGI, against the simulated Asterisk over a real socket: what
 * Dial() is given for a number and an endpoint, what a hand-off the runtime ran leaves for the
 * dialplan, and targets refused before they reach Asterisk.
 */
class AgiTransferTest {
    private static final Duration CALL_END = Duration.ofSeconds(10);
    private static final PromptRenderer SOUNDS = (speak, language) -> "tt-monkeys";

    private final SimulatedAsterisk asterisk = new SimulatedAsterisk(SimClock.scaled(0.05));
    private final List<Object> results = new CopyOnWriteArrayList<>();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private AgiServer server;

    @AfterEach
    void stopServer() throws InterruptedException {
        server.stop(Duration.ofSeconds(2));
    }

    /** A server whose every call answers and hands over to {@code handoff}, in {@code mode}. */
    private void start(QueueMode mode, Handoff handoff) throws Exception {
        server = new AgiServer(new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), 10, mode), (flow, channel) -> {
            channel.answer();
            HandoffResult result = channel.handOff(handoff);
            results.add(result);
            if (result != HandoffResult.DELIVERED) {
                return CallResult.hangup();
            }
            return handoff instanceof Handoff.Transfer transfer ? CallResult.transfer(transfer)
                    : CallResult.voicemail((Handoff.Voicemail) handoff);
        }, new ChannelOptions(SOUNDS, AgiSettings.DEFAULT_RECORDING_DIRECTORY, mode));
        server.start();
    }

    private SimulatedCall call(ChannelSetup setup) throws Exception {
        return call(setup, Long.MAX_VALUE);
    }

    /** A call whose caller hangs up {@code hangUpAfterMs} into the EXEC Dial (never: MAX_VALUE). */
    private SimulatedCall call(ChannelSetup setup, long hangUpAfterMs) throws Exception {
        SimulatedCall call = asterisk.call(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()),
                setup.agi("agi://127.0.0.1/transfers"),
                CallerScript.silent().reacting((command, line, script) -> {
                    lines.add(line);
                    if (line.startsWith("EXEC \"Dial\"") && hangUpAfterMs != Long.MAX_VALUE) {
                        script.hangUp(command, hangUpAfterMs);
                    }
                }));
        assertThat(call.awaitStatus(CALL_END))
                .isEqualTo(hangUpAfterMs == Long.MAX_VALUE ? AgiStatus.SUCCESS : AgiStatus.HANGUP);
        return call;
    }

    private List<String> execs() {
        return lines.stream().filter(line -> line.startsWith("EXEC")).toList();
    }

    @Test
    void shouldDialANumberThroughThePstnTrunkInAgiMode() throws Exception {
        // given a transfer to a number, which answers
        start(QueueMode.AGI, new Handoff.Transfer("+18005550142", Duration.ofSeconds(30)));
        ChannelSetup pbx = new ChannelSetup().dialTarget("PJSIP/+18005550142@pstn-trunk", PbxTarget.answers(200, 300));

        // when
        SimulatedCall call = call(pbx);

        // then it was dialled as the shipped dialplan dials a number, and the dialplan only hangs up
        assertThat(execs()).singleElement().asString().contains("Dial").contains("PJSIP/+18005550142@pstn-trunk,30");
        assertThat(results).containsExactly(HandoffResult.DELIVERED);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP")
                .containsEntry("CENTRALITA_TARGET", "+18005550142");
    }

    @Test
    void shouldDialAnEndpointAsItIs() throws Exception {
        // given an endpoint that never answers
        start(QueueMode.AGI, new Handoff.Transfer("PJSIP/fraud-desk", Duration.ofSeconds(15)));

        // when
        call(new ChannelSetup().dialTarget("PJSIP/fraud-desk", PbxTarget.of(PbxTarget.Outcome.NEVER_ANSWERS)));

        // then
        assertThat(execs()).singleElement().asString().contains("PJSIP/fraud-desk,15");
        assertThat(results).containsExactly(HandoffResult.NO_ANSWER);
    }

    @Test
    void shouldDialInDialplanModeWhenTheFlowGoesOnAfterTheTransfer() throws Exception {
        // given a transfer whose node has busy / no-answer / failed outcomes, to a busy number
        start(QueueMode.DIALPLAN, new Handoff.Transfer("5550142", Duration.ofSeconds(20), true));

        // when
        SimulatedCall call = call(new ChannelSetup().dialTarget("PJSIP/5550142@pstn-trunk",
                PbxTarget.of(PbxTarget.Outcome.BUSY)));

        // then the flow learns it is busy: only a Dial() run here can tell it
        assertThat(execs()).singleElement().asString().contains("PJSIP/5550142@pstn-trunk,20");
        assertThat(results).containsExactly(HandoffResult.BUSY);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
    }

    @Test
    void shouldLeaveAVoicemailThatEndsTheFlowToTheDialplan() throws Exception {
        // given
        start(QueueMode.DIALPLAN, new Handoff.Voicemail("1234@default"));

        // when
        SimulatedCall call = call(new ChannelSetup());

        // then
        assertThat(execs()).isEmpty();
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "VOICEMAIL")
                .containsEntry("CENTRALITA_MAILBOX", "1234@default");
    }

    @Test
    void shouldRefuseATargetThatWouldAddDialOptions() throws Exception {
        // given a target filled in from a value holding commas (Dial's option separator)
        start(QueueMode.AGI, new Handoff.Transfer("5550142,1,U(steal)", Duration.ofSeconds(20)));

        // when
        SimulatedCall call = call(new ChannelSetup());

        // then nothing is dialled and the flow hears that the transfer failed
        assertThat(execs()).isEmpty();
        assertThat(results).containsExactly(HandoffResult.FAILED);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP").doesNotContainKey("CENTRALITA_TARGET");
    }

    @Test
    void shouldCountATransferAsDeliveredWhenTheCallerHangsUpAfterTalking() throws Exception {
        // given a desk that answers after 200 ms and would talk for 10 s
        start(QueueMode.AGI, new Handoff.Transfer("PJSIP/fraud-desk", Duration.ofSeconds(30)));
        ChannelSetup pbx = new ChannelSetup().dialTarget("PJSIP/fraud-desk", PbxTarget.answers(200, 10_000));

        // when the caller hangs up 2 s into the conversation (Dial returns -1 on a dead channel)
        SimulatedCall call = call(pbx, 2_000);

        // then the transfer happened: the caller was not lost before reaching the desk
        assertThat(results).containsExactly(HandoffResult.DELIVERED);
        assertThat(call.variables()).containsEntry("DIALSTATUS", "ANSWER");
    }

    @Test
    void shouldEndAsACallerHangUpWhenTheCallerHangsUpWhileTheDeskRings() throws Exception {
        // given a desk that answers only after 5 s
        start(QueueMode.AGI, new Handoff.Transfer("PJSIP/fraud-desk", Duration.ofSeconds(30)));
        ChannelSetup pbx = new ChannelSetup().dialTarget("PJSIP/fraud-desk", PbxTarget.answers(5_000, 1_000));

        // when the caller hangs up after 1 s of ringing
        SimulatedCall call = call(pbx, 1_000);

        // then app_dial says CANCEL and the hand-off ends in the caller's hang-up, not a transfer
        assertThat(call.variables()).containsEntry("DIALSTATUS", "CANCEL");
        assertThat(results).isEmpty();
    }
}
