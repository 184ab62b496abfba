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
 * What a served runtime sends Asterisk for menus and inputs, compared on the wire of the
 * simulated Asterisk: barge-in as escape digits (a key during the prompt is the choice or the
 * first digit), and the WAIT FOR DIGIT and GET DATA time-outs of the nodes and the defaults.
 */
class ServedWireCommandsTest {

    private static final String ALL_KEYS = "\"0123456789*#\"";

    @TempDir
    static Path directory;
    private static ServedRuntime runtime;

    @BeforeAll
    static void startRuntime() throws Exception {
        runtime = ServedRuntime.serving(directory, Map.of("choice.flow.yaml", WireFlows.menu("choice", true),
                "choice-quiet.flow.yaml", WireFlows.menu("choice-quiet", false),
                "timing.flow.yaml", WireFlows.TIMING, "quick-entry.flow.yaml", WireFlows.QUICK_ENTRY));
    }

    @AfterAll
    static void stopRuntime() {
        runtime.close();
    }

    @Test
    void shouldTakeAKeyPressedDuringTheMenuPromptAsTheChoice() throws Exception {
        // given a caller who presses 2 while the menu's prompt plays (and would press 1 if asked again)
        WireLog wire = WireLog.of(keyDuringFirstPrompt('2', KeysCaller.reaction("1")));

        // when
        SimulatedCall call = served("choice", wire);

        // then the prompt listened for every key, the 2 cut it short and chose, and nothing waited for more
        assertThat(wire.named("STREAM FILE").get(0)).endsWith(" " + ALL_KEYS);
        assertThat(wire.named("WAIT FOR DIGIT")).isEmpty();
        assertThat(runtime.record(call.uniqueId()).lastNode()).isEqualTo("two");
        assertThat(runtime.trace(call.uniqueId())).anySatisfy(event -> assertThat(event)
                .containsEntry("event", "input").containsEntry("node", "ask").containsEntry("value", "2"));
    }

    @Test
    void shouldSendNoEscapeDigitsAndWaitForTheChoiceWithoutBargeIn() throws Exception {
        // given the same caller, on a menu without barge-in
        WireLog wire = WireLog.of(keyDuringFirstPrompt('2', KeysCaller.reaction("1")));

        // when
        SimulatedCall call = served("choice-quiet", wire);

        // then the prompt had no escape digits (the 2 was lost) and the choice was the key after it
        assertThat(wire.named("STREAM FILE").get(0)).endsWith(" \"\"");
        assertThat(wire.named("WAIT FOR DIGIT")).containsExactly("WAIT FOR DIGIT 5000");
        assertThat(runtime.record(call.uniqueId()).lastNode()).isEqualTo("one");
    }

    @Test
    void shouldTakeAKeyPressedDuringTheInputPromptAsTheFirstDigit() throws Exception {
        // given a caller who presses 5 during the prompt, then 6, 7, 8 (and 1 at the menu)
        WireLog wire = WireLog.of(keyDuringFirstPrompt('5', KeysCaller.reaction("678,1")));

        // when
        SimulatedCall call = served("timing", wire);

        // then the 5 is the first digit: every wait after it is an inter-digit one, and once the four digits
        // are in, a short wait for the terminator (so that a '#' does not answer the menu)
        assertThat(wire.named("STREAM FILE").get(0)).endsWith(" " + ALL_KEYS);
        assertThat(wire.named("WAIT FOR DIGIT")).containsExactly("WAIT FOR DIGIT 2000", "WAIT FOR DIGIT 2000",
                "WAIT FOR DIGIT 2000", "WAIT FOR DIGIT 800", "WAIT FOR DIGIT 6000");
        assertThat(assigned(call, "account")).isEqualTo("5678");
    }

    @Test
    void shouldWaitForTheFirstAndFurtherKeysAsTheNodeAndTheDefaultsSay() throws Exception {
        // given a caller who listens to the whole prompt, then types 1234 (and 1 at the menu)
        WireLog wire = WireLog.of(KeysCaller.reaction("1234,1"));

        // when
        SimulatedCall call = served("timing", wire);

        // then the node's own 4 s for the first key, the defaults' 2 s between keys, 0.8 s for a terminator
        // after the most digits, the defaults' 6 s at the menu
        assertThat(wire.named("WAIT FOR DIGIT")).containsExactly("WAIT FOR DIGIT 4000", "WAIT FOR DIGIT 2000",
                "WAIT FOR DIGIT 2000", "WAIT FOR DIGIT 2000", "WAIT FOR DIGIT 800", "WAIT FOR DIGIT 6000");
        assertThat(assigned(call, "account")).isEqualTo("1234");
    }

    @Test
    void shouldAskWithOneGetDataWhenBothTimeOutsAreEqual() throws Exception {
        // given
        WireLog wire = WireLog.of(KeysCaller.reaction("123456,789"));

        // when
        SimulatedCall call = served("quick-entry", wire);

        // then the defaults' 7 s, then the node's own 3 s, each with the node's most digits, and after each
        // full entry only a short wait for the terminator
        List<String> getData = wire.named("GET DATA");
        assertThat(getData).hasSize(2);
        assertThat(getData.get(0)).endsWith(" 7000 6");
        assertThat(getData.get(1)).endsWith(" 3000 3");
        assertThat(wire.named("WAIT FOR DIGIT")).containsExactly("WAIT FOR DIGIT 800", "WAIT FOR DIGIT 800");
        assertThat(assigned(call, "code")).isEqualTo("789");
    }

    private static SimulatedCall served(String flow, WireLog wire) throws Exception {
        SimulatedCall call = runtime.call(flow, ServedRuntime.channel(), wire.script());
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        return call;
    }

    /** The last value the call's trace shows assigned to {@code variable}. */
    private static Object assigned(SimulatedCall call, String variable) {
        return assigned(runtime.trace(call.uniqueId()), variable);
    }

    /** The last value {@code trace} shows assigned to {@code variable}. */
    static Object assigned(List<Map<String, Object>> trace, String variable) {
        List<Map<String, Object>> assignments = trace.stream()
                .filter(event -> "assign".equals(event.get("event")) && variable.equals(event.get("variable")))
                .toList();
        assertThat(assignments).as("assignments of " + variable).isNotEmpty();
        return assignments.get(assignments.size() - 1).get("value");
    }

    /** Presses {@code key} 100 ms into the flow's first prompt, then does what {@code then} does. */
    static CallerScript.Reaction keyDuringFirstPrompt(char key, CallerScript.Reaction then) {
        boolean[] pressed = {false};
        return (command, line, script) -> {
            if (!pressed[0] && line.startsWith("STREAM FILE")) {
                pressed[0] = true;
                script.press(command, 100, key);
            }
            then.commandStarted(command, line, script);
        };
    }
}
