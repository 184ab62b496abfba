package org.centralita.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters a flow's YAML can write ({@code "\e[2J"}, {@code "\u0007"}, line breaks) never
 * reach the terminal raw, and every error stays on its one line.
 */
class ConsoleControlCharactersTest {

    private static final char ESC = 0x1B;
    private static final char BELL = 0x07;
    private static final String FLOW = """
            centralita: 1
            id: noisy
            start: greet
            nodes:
              greet: {type: play, prompt: "\\e[2JWelcome\\u0007 to \\u202Eshop.", next: bye}
              bye: {type: hangup}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void shouldShowControlCharactersOfAPromptEscapedOnTheSimulateConsole() throws IOException {
        // given a prompt whose text clears the screen, rings the bell and reverses the text
        Path flow = Files.writeString(dir.resolve("noisy.flow.yaml"), FLOW);

        // when the call is simulated
        assertThat(run("simulate", flow.toString(), "--keys", "")).isZero();

        // then the console shows the characters as escapes, never raw
        assertThat(out.toString()).contains("    < \\e[2JWelcome\\u0007 to \\u202Eshop.")
                .doesNotContain(String.valueOf(ESC)).doesNotContain(String.valueOf(BELL)).doesNotContain("\u202E");
    }

    @Test
    void shouldKeepEveryErrorWithALineBreakOrEscapeInItsValueOnOneLine() throws IOException {
        // given a flow whose start and a node's type are written with a line break and an escape
        Path flow = Files.writeString(dir.resolve("noisy.flow.yaml"), FLOW
                .replace("start: greet", "start: \"gre\\net\"").replace("type: hangup", "type: \"hang\\e[2Jup\""));

        // when it is validated
        assertThat(run("validate", flow.toString())).isEqualTo(1);

        // then each error is one line in the file:line:col form, its value escaped
        assertThat(err.toString().lines().toList()).hasSize(2)
                .allMatch(line -> line.startsWith(flow + ":") && line.contains(": error: "))
                .anyMatch(line -> line.contains("gre\\net"))
                .anyMatch(line -> line.contains("hang\\e[2Jup"));
        assertThat(err.toString()).doesNotContain(String.valueOf(ESC));
    }
}
