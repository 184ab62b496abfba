package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
    void shouldReadDigitsNumbersAndDatesWithTheSayCommands() throws Exception {
        // given
        WireLog wire = WireLog.of((command, line, script) -> { });

        // when
        SimulatedCall call = served("read-back", wire);

        // then each segment is its SAY command, with the play node's escape digits
        assertThat(wire.parsed("SAY DIGITS")).containsExactly(WireLog.words("SAY DIGITS 12345678 \"\""));
        assertThat(wire.parsed("SAY NUMBER")).containsExactly(WireLog.words("SAY NUMBER 42 \"\""),
                WireLog.words("SAY NUMBER 1042 \"0123456789*#\""));
        List<List<String>> sayDate = wire.parsed("SAY DATE");
        assertThat(sayDate).hasSize(1);
        assertThat(sayDate.get(0)).hasSize(4).endsWith("");
        assertThat(sayDate.get(0).get(2)).matches("\\d+");
        // and the date said is the 25th of December wherever Asterisk's clock is set
        Instant said = Instant.ofEpochSecond(Long.parseLong(sayDate.get(0).get(2)));
        for (ZoneOffset zone : List.of(ZoneOffset.UTC, ZoneOffset.ofHours(-11), ZoneOffset.ofHours(11))) {
            assertThat(LocalDate.ofInstant(said, zone)).as(zone.toString()).isEqualTo(LocalDate.of(2026, 12, 25));
        }
        // in the order of the prompt's segments, text between them
        assertThat(List.of(wire.indexOf("STREAM FILE"), wire.indexOf("SAY DIGITS"), wire.indexOf("SAY NUMBER"),
                wire.indexOf("SAY DATE"))).isSorted().doesNotHaveDuplicates().doesNotContain(-1);
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
