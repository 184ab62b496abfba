package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flow's say segments and record nodes on the wire of the simulated Asterisk, in the command
 * forms a real Asterisk 22 took (agi-transcripts/say-commands.txt, record-file.txt in the test resources).
 */
class ServedSayAndRecordTest {

    private static final String RECORDINGS = "/var/spool/asterisk/recording/";

    @TempDir
    static Path directory;
    private static ServedRuntime runtime;

    @BeforeAll
    static void startRuntime() throws Exception {
        runtime = ServedRuntime.serving(directory,
                Map.of("read-back.flow.yaml", WireFlows.READ_BACK, "message.flow.yaml", WireFlows.MESSAGE));
    }

    @AfterAll
    static void stopRuntime() {
        runtime.close();
    }

    @Test
    void shouldReadDigitsWithSayDigitsAndNumbersAndDatesAsSpokenWords() throws Exception {
        // given
        WireLog wire = WireLog.of((command, line, script) -> { });

        // when
        SimulatedCall call = served("read-back", wire);

        // then digits are SAY DIGITS, with the play node's escape digits
        assertThat(wire.parsed("SAY DIGITS")).containsExactly(WireLog.words("SAY DIGITS 12345678 \"\""));
        // and numbers and dates are the words the trace shows, streamed as speech (no SAY NUMBER / SAY DATE,
        // whose words would differ from the trace's and from simulate's)
        assertThat(wire.named("SAY NUMBER")).isEmpty();
        assertThat(wire.named("SAY DATE")).isEmpty();
        List<Map<String, Object>> trace = runtime.trace(call.uniqueId());
        assertThat(trace).filteredOn(event -> "prompt".equals(event.get("event"))).extracting(event -> event.get("text"))
                .containsExactly("Account 12345678 owes forty-two by December twenty-fifth, twenty twenty-six",
                        "one thousand forty-two");
        // in the order of the prompt's segments: text, digits, then text again
        assertThat(wire.indexOf("STREAM FILE")).isLessThan(wire.indexOf("SAY DIGITS"));
        assertThat(wire.named("STREAM FILE")).hasSize(6);
        assertThat(wire.parsed("STREAM FILE").get(5)).endsWith("0123456789*#");
        assertThat(runtime.record(call.uniqueId()).outcome()).isEqualTo("hangup");
    }

    @Test
    void shouldRecordWithTheNodesFormatKeysLimitBeepAndSilence() throws Exception {
        // given a caller who ends the first recording with * and the second with #
        WireLog wire = WireLog.of(keysAtRecordings('*', '#'));

        // when
        SimulatedCall call = served("message", wire);

        // then every field of the node is on the wire; the second node has the defaults and no beep
        String first = RECORDINGS + call.uniqueId() + "-rec-1";
        String second = RECORDINGS + call.uniqueId() + "-rec-2";
        assertThat(wire.parsed("RECORD FILE")).containsExactly(
                WireLog.words("RECORD FILE " + first + " wav \"*\" 20000 0 BEEP s=2"),
                WireLog.words("RECORD FILE " + second + " wav \"#\" 60000 0 s=3"));
        // and the prompt before the recording let no key cut it
        assertThat(wire.commands().get(wire.indexOf("RECORD FILE") - 1)).startsWith("STREAM FILE ").endsWith(" \"\"");
        // and the flow keeps where the recording is
        List<Map<String, Object>> trace = runtime.trace(call.uniqueId());
        assertThat(trace).anySatisfy(event -> assertThat(event).containsEntry("event", "record")
                .containsEntry("node", "leave").containsEntry("location", first + ".wav"));
        assertThat(ServedWireCommandsTest.assigned(trace, "message")).isEqualTo(first + ".wav");
    }

    private static SimulatedCall served(String flow, WireLog wire) throws Exception {
        SimulatedCall call = runtime.call(flow, ServedRuntime.channel(), wire.script());
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        return call;
    }

    /** Presses the n-th key half a second into the n-th RECORD FILE. */
    private static CallerScript.Reaction keysAtRecordings(char... keys) {
        int[] recordings = {0};
        return (command, line, script) -> {
            if (line.startsWith("RECORD FILE") && recordings[0] < keys.length) {
                script.press(command, 500, keys[recordings[0]++]);
            }
        };
    }
}
