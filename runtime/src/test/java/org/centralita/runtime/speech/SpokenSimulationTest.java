package org.centralita.runtime.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --keys say-audio:FILE.wav}: a real recording through the real recognizer. */
class SpokenSimulationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path flow;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeFlow() throws IOException {
        flow = dir.resolve("help-desk.flow.yaml");
        Files.writeString(flow, VoiceFixtures.HELP_DESK);
    }

    private int simulate(String keys) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "simulate", flow.toString(), "--keys", keys, "--trace", "-");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> trace() {
        return out.toString().lines().map(line -> {
            try {
                return (Map<String, Object>) JSON.readValue(line, Map.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    @Test
    void shouldTakeTheMenuOptionSpokenInARecordingRelativeToTheWorkingDirectory() {
        // given
        Path billing = VoiceFixtures.utterance("billing");
        assertThat(billing).isRelative();

        // when
        int status = simulate("say-audio:" + billing);

        // then
        assertThat(status).as(err.toString()).isZero();
        Map<String, Object> input = trace().stream().filter(e -> e.get("event").equals("input")).findFirst().orElseThrow();
        assertThat(input).containsEntry("node", "menu").containsEntry("mode", "speech").containsEntry("value", "billing");
        assertThat(((Number) input.get("confidence")).doubleValue()).isBetween(0.5, 1.0);
        assertThat(trace()).anySatisfy(e -> assertThat(e).containsEntry("event", "queue").containsEntry("queue", "billing"));
    }

    @Test
    void shouldRefuseARecordingThatDoesNotExistInOneLine() {
        assertThat(simulate("say-audio:no/such.wav")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("centralita: " + Path.of("no/such.wav") + ": no such file"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void shouldRefuseAFileThatIsNotAWavInOneLine() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.wav"), "these are notes, not audio");

        assertThat(simulate("say-audio:" + text)).isEqualTo(1);
        assertThat(err.toString()).startsWith("centralita: " + text + ": not a WAV file").doesNotContain("Exception")
                .hasLineCount(1);
    }
}
