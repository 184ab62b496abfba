package org.centralita.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import org.centralita.speech.asr.Recognition;
import org.centralita.speech.audio.AudioFileException;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditionTest {

    private final Audition audition = new Audition(SpeechTestSupport.tts(), SpeechTestSupport.recognizer());

    @TempDir
    Path dir;

    @Test
    void shouldSayAPromptAsEightKilohertzSixteenBitMonoWav() throws Exception {
        Path wav = dir.resolve("prompts/balance.wav");

        audition.say("Your balance is $12.50.", wav, null, "en-US");

        AudioFormat format = AudioSystem.getAudioFileFormat(wav.toFile()).getFormat();
        assertThat(format.getSampleRate()).isEqualTo(8000f);
        assertThat(format.getSampleSizeInBits()).isEqualTo(16);
        assertThat(format.getChannels()).isEqualTo(1);
        SpeechAudio audio = AudioFiles.readWav(wav);
        // "Your balance is twelve dollars and fifty cents": nine words.
        assertThat(audio.duration()).isBetween(Duration.ofMillis(1800), Duration.ofMillis(5000));
        assertThat(audio.rms()).isGreaterThan(500);
    }

    @Test
    void shouldRecognizeWhatItSaidAgainstPhrases() {
        Path wav = dir.resolve("caller.wav");
        audition.say("technical support", wav, null, "en-US");

        Recognition recognition = audition.recognize(wav, "billing | technical support | agent");

        assertThat(recognition.words()).isEqualTo("technical support");
        assertThat(recognition.value()).isEqualTo("technical support");
        assertThat(recognition.confidence()).isGreaterThan(0.5);
    }

    @Test
    void shouldRecognizeAgainstABuiltInGrammar() {
        Path wav = dir.resolve("answer.wav");
        audition.say("yes", wav, null, "en-US");

        assertThat(audition.recognize(wav, "yes-no").value()).isEqualTo("yes");
    }

    @Test
    void shouldRefuseALanguageWithoutVoice() {
        assertThatThrownBy(() -> audition.say("Hola", dir.resolve("hola.wav"), null, "es-ES"))
                .hasMessage("no text-to-speech voice for language 'es-ES': use a recording for this language");
    }

    @Test
    void shouldRefuseAnEmptyGrammar() {
        assertThatThrownBy(() -> Audition.grammar(" | "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("grammar ' | ' has no phrases");
    }

    @Test
    void shouldNameAMissingRecording() {
        Path missing = dir.resolve("nobody.wav");

        assertThatThrownBy(() -> audition.recognize(missing, "yes-no"))
                .isInstanceOf(AudioFileException.class)
                .hasMessage(missing + ": no such audio file");
        assertThat(Files.exists(missing)).isFalse();
    }
}
