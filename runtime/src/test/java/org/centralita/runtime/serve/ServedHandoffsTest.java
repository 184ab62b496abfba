package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.ChannelSetup;
import org.centralita.runtime.agi.simulator.PbxTarget;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.publish.PublishFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transfers, voicemail, recordings and queue context through a whole runtime in the default
 * queue mode ({@code dialplan}), with {@code agi.dial-number} and {@code agi.recording-dir}
 * configured: what goes on the wire and what is left for the dialplan.
 */
class ServedHandoffsTest {

    private static final String RECORDINGS = "/srv/centralita/recordings";
    private static final String FLOW = """
            centralita: 1
            id: handoffs
            start: menu
            variables:
              account: {type: digits, default: "12345678"}
              pin: {type: digits, sensitive: true, default: "4321"}
            nodes:
              menu:
                type: menu
                prompt: "Choose a hand-off."
                options:
                  "1": {next: desk}
                  "2": {next: blind}
                  "3": {next: message}
                  "4": {next: box}
                  "5": {next: note}
                  "6": {next: agents}
                max-retries: thanks
              desk: {type: transfer, to: "+18005550142", timeout: 20s, busy: sorry}
              blind: {type: transfer, to: "+18005550142", timeout: 25s}
              message: {type: voicemail, mailbox: "1234@default", next: thanks}
              box: {type: voicemail, mailbox: "1234@default"}
              note: {type: record, max-duration: 5s, next: thanks}
              agents: {type: queue, queue: support, context: [account, pin]}
              sorry: {type: hangup, prompt: "The desk is busy."}
              thanks: {type: hangup, prompt: "Thank you."}
            """;

    @TempDir
    static Path directory;
    private static ServedRuntime runtime;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startRuntime() throws Exception {
        PublishFixtures.write(directory.resolve("flows"), "handoffs.flow.yaml", FLOW);
        runtime = ServedRuntime.startWithAgi(directory.resolve("runtime"), directory.resolve("flows"),
                "jdbc:h2:" + directory.resolve("records"),
                "dial-number: \"DAHDI/g1/{number}\", recording-dir: " + RECORDINGS + "/");
    }

    @AfterAll
    static void stopRuntime() {
        runtime.close();
    }

    /** A caller pressing {@code keys} (as {@code --keys} takes them), every command line Asterisk read kept. */
    private CallerScript pressing(String keys) {
        CallerScript.Reaction caller = KeysCaller.reaction(keys);
        return CallerScript.silent().reacting((command, line, script) -> {
            lines.add(line);
            caller.commandStarted(command, line, script);
        });
    }

    private SimulatedCall call(String keys, ChannelSetup setup) throws Exception {
        SimulatedCall call = runtime.call("handoffs", setup, pressing(keys));
        call.awaitStatus(ServedRuntime.CALL_END);
        return call;
    }

    private List<String> execs() {
        return lines.stream().filter(line -> line.startsWith("EXEC")
                && (line.contains("Dial") || line.contains("VoiceMail"))).toList();
    }

    @Test
    void shouldDialATransferWithABusyOutcomeOverAgiThroughTheConfiguredTemplate() throws Exception {
        // given the number is busy
        ChannelSetup pbx = ServedRuntime.channel().dialTarget("DAHDI/g1/+18005550142", PbxTarget.of(PbxTarget.Outcome.BUSY));

        // when the caller picks the transfer whose flow goes on when the desk is busy
        SimulatedCall call = call("1", pbx);

        // then the runtime dialled it itself, with the node's ring time, and the flow took 'busy'
        assertThat(execs()).singleElement().asString().contains("DAHDI/g1/+18005550142,20");
        assertThat(call.variables()).containsEntry("DIALSTATUS", "BUSY").containsEntry("CENTRALITA_STATUS", "HANGUP");
        assertThat(runtime.trace(call.uniqueId())).anySatisfy(event -> assertThat(event)
                .containsEntry("event", "transfer").containsEntry("result", "busy"));
        assertThat(runtime.record(call.uniqueId()).lastNode()).isEqualTo("sorry");
    }

    @Test
    void shouldLeaveATransferWithoutOutcomesToTheDialplanWithItsRingTime() throws Exception {
        // when
        SimulatedCall call = call("2", ServedRuntime.channel());

        // then nothing was dialled here: the dialplan dials the target for CENTRALITA_TIMEOUT seconds
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(execs()).isEmpty();
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "TRANSFER")
                .containsEntry("CENTRALITA_TARGET", "+18005550142")
                .containsEntry("CENTRALITA_TIMEOUT", "25");
    }

    @Test
    void shouldTakeTheMessageOverAgiWhenTheFlowGoesOnAfterVoicemail() throws Exception {
        // when
        SimulatedCall call = call("3", ServedRuntime.channel());

        // then the message was left before the flow went on to thank the caller
        assertThat(execs()).singleElement().asString().contains("VoiceMail").contains("1234@default,u");
        int voicemail = lines.indexOf(execs().get(0));
        assertThat(lines.subList(voicemail, lines.size())).anyMatch(line -> line.startsWith("STREAM FILE"));
        assertThat(call.variables()).containsEntry("VMSTATUS", "SUCCESS").containsEntry("CENTRALITA_STATUS", "HANGUP");
        assertThat(runtime.record(call.uniqueId()).lastNode()).isEqualTo("thanks");
    }

    @Test
    void shouldLeaveVoicemailThatEndsTheFlowToTheDialplan() throws Exception {
        // when
        SimulatedCall call = call("4", ServedRuntime.channel());

        // then
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(execs()).isEmpty();
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "VOICEMAIL")
                .containsEntry("CENTRALITA_MAILBOX", "1234@default");
    }

    @Test
    void shouldRecordIntoTheConfiguredDirectory() throws Exception {
        // given the PBX may write there
        ChannelSetup pbx = ServedRuntime.channel().writableDirectory(RECORDINGS + "/");

        // when
        SimulatedCall call = call("5", pbx);

        // then
        assertThat(lines).filteredOn(line -> line.startsWith("RECORD FILE")).singleElement().asString()
                .startsWith("RECORD FILE \"" + RECORDINGS + "/" + call.uniqueId() + "-rec-1\" \"wav\"");
        // the caller hangs up to end the message
        assertThat(runtime.record(call.uniqueId()).lastNode()).isEqualTo("note");
    }

    @Test
    void shouldMaskASensitiveQueueContextValueInTheChannelVariables() throws Exception {
        // when
        SimulatedCall call = call("6", ServedRuntime.channel());

        // then the agent's channel inherits the account, and never the PIN
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "QUEUE")
                .containsEntry("__CENTRALITA_CTX_ACCOUNT", "12345678")
                .containsEntry("__CENTRALITA_CTX_PIN", "***");
        assertThat(lines).noneMatch(line -> line.contains("4321"));
        assertThat(call.variables().values()).doesNotContain("4321");
    }
}
