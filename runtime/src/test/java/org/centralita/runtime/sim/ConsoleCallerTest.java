package org.centralita.runtime.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.channel.CallerHungUp;
import org.centralita.runtime.channel.CallerInput;
import org.centralita.runtime.channel.InputRequest;
import org.centralita.runtime.channel.Prompt;
import org.junit.jupiter.api.Test;

class ConsoleCallerTest {

    private final StringWriter screen = new StringWriter();

    private ConsoleCaller callerTyping(String lines) {
        return new ConsoleCaller(new CallInfo("c", "", "", null, "Console", Map.of()), HandoffPlan.delivered(),
                new BufferedReader(new StringReader(lines)), new PrintWriter(screen, true));
    }

    private static InputRequest digits(int max) {
        return new InputRequest(Prompt.text("en-US", "Enter."), true, true, true, max, "#", Duration.ofSeconds(5),
                Duration.ofSeconds(3), Duration.ofSeconds(10), false);
    }

    @Test
    void shouldReadKeysWordsAndSilenceFromTheTerminal() {
        ConsoleCaller caller = callerTyping("1234#\nsay:lost card\n\nnot keys\n5\n");

        assertThat(caller.collect(digits(10))).isEqualTo(new CallerInput.Digits("1234", true));
        assertThat(caller.collect(digits(10))).isEqualTo(new CallerInput.Words("lost card"));
        assertThat(caller.collect(digits(10))).isEqualTo(new CallerInput.Silence());
        assertThat(caller.collect(digits(1))).isEqualTo(new CallerInput.Digits("5", false));
        assertThat(screen.toString()).contains("keys or say:words (empty = silence, hangup) > ")
                .contains("'not keys' is not keys");
    }

    @Test
    void shouldHangUpAtTheEndOfInputOrWhenTold() {
        assertThatThrownBy(() -> callerTyping("").collect(digits(1))).isInstanceOf(CallerHungUp.class);
        assertThatThrownBy(() -> callerTyping("hangup\n").collect(digits(1))).isInstanceOf(CallerHungUp.class);
    }
}
