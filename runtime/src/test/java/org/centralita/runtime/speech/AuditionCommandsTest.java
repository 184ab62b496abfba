package org.centralita.runtime.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.cli.Main;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code centralita say} and {@code centralita recognize} as an analyst runs them. */
class AuditionCommandsTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    @Test
    void shouldWriteATelephoneWavOfTheTextSpoken() {
        // given
        Path wav = dir.resolve("prompts/balance.wav");

        // when
        int status = run("say", "Your balance is 42 dollars.", "--out", wav.toString());

        // then
        assertThat(status).as(err.toString()).isZero();
        SpeechAudio audio = AudioFiles.readWav(wav);
        assertThat(audio.sampleRate()).isEqualTo(8000);
        assertThat(audio.duration()).isBetween(Duration.ofMillis(1200), Duration.ofSeconds(5));
        assertThat(audio.rms()).isGreaterThan(300);
    }

    @Test
    void shouldListTheSupportedLanguagesWhenNoVoiceSpeaksTheOneAsked() {
        // Zulu: neither FreeTTS nor espeak-ng speaks it
        assertThat(run("say", "Sawubona", "--out", dir.resolve("sawubona.wav").toString(), "--language", "zu-ZA"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .contains("no text-to-speech voice speaks 'zu-ZA'; supported languages: ").contains(" en, ")
                .contains(" es, "));
        assertThat(dir.resolve("sawubona.wav")).doesNotExist();
    }

    @Test
    void shouldNameTheKnownVoicesWhenTheVoiceIsUnknown() {
        assertThat(run("say", "Hello", "--out", dir.resolve("hello.wav").toString(), "--voice", "hal9000"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString().lines().findFirst().orElseThrow()).contains("hal9000").contains("kevin16");
    }

    @Test
    void shouldPrintTheWordsThenTheConfidence() {
        // given
        Path billing = VoiceFixtures.utterance("billing");

        // when
        int status = run("recognize", billing.toString(), "--grammar", "billing|technical support");

        // then
        assertThat(status).as(err.toString()).isZero();
        assertThat(outLines()).hasSize(2);
        assertThat(outLines().get(0)).isEqualTo("billing");
        assertThat(Double.parseDouble(outLines().get(1))).isBetween(0.5, 1.0);
    }

    @Test
    void shouldPrintAnEmptyFirstLineWhenNothingInTheGrammarWasSaid() throws Exception {
        // given
        Path silence = dir.resolve("silence.wav");
        AudioFiles.writeWav(new SpeechAudio(new short[16000], 8000), silence);

        // when
        int status = run("recognize", silence.toString(), "--grammar", "yes-no");

        // then
        assertThat(status).isZero();
        assertThat(outLines()).hasSize(2).first().isEqualTo("");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldPrintTheMatchConfidenceAndNBestAsJson() throws Exception {
        // given
        Path yes = VoiceFixtures.utterance("yes");

        // when
        int status = run("recognize", yes.toString(), "--grammar", "yes-no", "--json");

        // then
        assertThat(status).as(err.toString()).isZero();
        Map<String, Object> json = new ObjectMapper().readValue(out.toString(), Map.class);
        // "yes", "yeah" and "yep" all mean yes: the match is the best-scored words of that meaning
        assertThat(json).containsEntry("value", "yes").containsKeys("match", "confidence", "n_best");
        assertThat((String) json.get("match")).isIn("yes", "yeah", "yep");
        assertThat((List<Map<String, Object>>) json.get("n_best")).isNotEmpty()
                .first().satisfies(best -> assertThat(best).containsKeys("words", "value", "confidence"));
    }

    @Test
    void shouldSayInOneLineThatTheRecordingCannotBeRead() throws Exception {
        Path notAudio = Files.writeString(dir.resolve("notes.wav"), "not audio");

        assertThat(run("recognize", dir.resolve("missing.wav").toString(), "--grammar", "digits")).isEqualTo(Main.INVALID);
        assertThat(run("recognize", notAudio.toString(), "--grammar", "digits")).isEqualTo(Main.INVALID);

        assertThat(err.toString().lines().toList()).hasSize(2)
                .allMatch(line -> line.startsWith("centralita: " + dir))
                .noneMatch(line -> line.contains("Exception"));
    }
}
