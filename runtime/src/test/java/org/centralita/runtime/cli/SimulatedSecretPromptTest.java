package org.centralita.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} reads a PIN back on the console without writing any audio to the configured prompt directories. */
class SimulatedSecretPromptTest {

    private static final String FLOW = """
            centralita: 1
            id: pin-readback
            start: ask-pin
            variables:
              pin: {type: digits, sensitive: true}
            nodes:
              ask-pin: {type: input, prompt: "Enter your PIN.", min-digits: 4, max-digits: 4, store: pin,
                        next: say, max-retries: bye}
              say: {type: play, prompt: "You entered ${pin}.", next: bye}
              bye: {type: hangup, prompt: "Goodbye."}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldWriteNothingToThePromptCacheOrMediaDirectoryWhenReadingAPinBack() throws IOException {
        // given a configuration naming a prompt cache and a shared media directory
        Path flow = Files.writeString(dir.resolve("pin-readback.flow.yaml"), FLOW);
        Path config = Files.writeString(dir.resolve("centralita.yaml"), """
                speech: {tts: {cache: "%s"}, media: {shared-dir: "%s"}}
                """.formatted(dir.resolve("prompts"), dir.resolve("media")));

        // when a call keying 4321 is simulated
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "simulate", flow.toString(), "--keys", "4321", "--config", config.toString(), "--trace", "-");

        // then the read-back was played (masked in the trace) and no audio was written anywhere
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("You entered ***.").doesNotContain("4321");
        assertThat(filesUnder(dir.resolve("prompts"))).isZero();
        assertThat(filesUnder(dir.resolve("media"))).isZero();
    }

    private static long filesUnder(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
