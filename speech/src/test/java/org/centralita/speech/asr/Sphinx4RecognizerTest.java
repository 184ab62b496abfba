package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.centralita.speech.SpeechTestSupport;
import org.centralita.speech.audio.AudioFileException;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.grammar.Grammar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sphinx4RecognizerTest {

    private static final Grammar MENU = Grammar.phrases(Map.of(
            "1", List.of("billing", "pay my bill"),
            "2", List.of("technical support"),
            "0", List.of("agent")));

    @TempDir
    Path dir;

    /** FreeTTS speaking {@code text}, written as the 8 kHz telephone WAV a caller's line would give. */
    private Path telephoneWav(String text) throws IOException {
        Path wav = dir.resolve(text.replace(' ', '-') + ".wav");
        AudioFiles.writeTelephoneWav(SpeechTestSupport.tts().synthesize(text, "en-US", null), wav);
        return wav;
    }

    @Test
    void shouldRecognizeAMenuPhraseOnTelephoneAudio() throws IOException {
        Recognition recognition = SpeechTestSupport.recognizer().recognize(telephoneWav("pay my bill"), MENU, 0.5);

        assertThat(recognition.matched()).isTrue();
        assertThat(recognition.value()).isEqualTo("1");
        assertThat(recognition.words()).isEqualTo("pay my bill");
        assertThat(recognition.confidence()).isBetween(0.5, 1.0);
        assertThat(recognition.nBest()).isNotEmpty().first().extracting(Hypothesis::words).isEqualTo("pay my bill");
    }

    @Test
    void shouldRecognizeADigitStringWithTheEnUsModel() throws IOException {
        // The en-us model alone (without the telephone model, which the default recognizer sends telephone digit
        // strings to): it still hears a telephone digit string when it is the only model.
        try (Sphinx4Recognizer enUs = new Sphinx4Recognizer(1, dir.resolve("grammars"), ChannelAdaptation.bundled())) {
            Recognition recognition = enUs.recognize(telephoneWav("four two nine one"), Grammar.builtin("digits", 4, 6), 0.3);

            assertThat(recognition.value()).isEqualTo("4291");
        }
    }

    @Test
    void shouldRecognizeAHumanDigitStringOverATelephoneLine() {
        // theo says 2, 5, 5, 2 (speech-dev recordings joined with 250 ms gaps, as HumanDigitsAccuracyTest joins them)
        List<short[]> parts = new java.util.ArrayList<>();
        for (String name : List.of("2_theo_11", "5_theo_12", "5_theo_13", "2_theo_14")) {
            parts.add(AudioFiles.readWav(Path.of("src/test/resources/speech-dev/fsdd/" + name + ".wav")).samples());
            parts.add(new short[2000]);
        }
        short[] joined = new short[parts.stream().mapToInt(part -> part.length).sum()];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        Recognition recognition = SpeechTestSupport.recognizer()
                .recognize(TelephoneLine.ulawRoundTrip(new SpeechAudio(joined, 8000)), Grammar.builtin("digits", 4, 4), 0.5);

        assertThat(recognition.value()).isEqualTo("2552");
    }

    @Test
    void shouldHearAShortWordAsSpeech() {
        // theo's "eight" of 313 ms, in which Sphinx4's default voice detector (200 ms of speech to start a
        // segment) found no speech at all: nothing was decoded and the answer was a no-match
        SpeechAudio eight = TelephoneLine.ulawRoundTrip(
                AudioFiles.readWav(Path.of("src/test/resources/speech-dev/fsdd/8_theo_5.wav")));

        Recognition recognition = SpeechTestSupport.recognizer().recognize(eight, Grammar.builtin("digits", 1, 1), 0.5);

        assertThat(recognition.value()).isEqualTo("8");
    }

    @Test
    void shouldDecodeDigitStringsOverATelephoneLineWithTheTelephoneModel() {
        SpeechAudio seven = TelephoneLine.ulawRoundTrip(
                AudioFiles.readWav(Path.of("src/test/resources/speech-dev/fsdd/7_theo_0.wav")));
        try (Sphinx4Recognizer recognizer = new Sphinx4Recognizer(1, dir.resolve("grammars"))) {
            recognizer.recognize(seven.resampledTo(16000), Grammar.builtin("digits", 1, 1), 0.0);
            recognizer.recognize(seven, Grammar.builtin("yes-no"), 0.0);
            assertThat(recognizer.loadedEngines()).isEqualTo(1);
            assertThat(recognizer.loadedTelephoneEngines()).isZero();

            assertThat(recognizer.recognize(seven, Grammar.builtin("digits", 1, 1), 0.5).value()).isEqualTo("7");
            assertThat(recognizer.loadedTelephoneEngines()).isEqualTo(1);
            assertThat(recognizer.loadedEngines()).as("the en-us model hears no telephone digit strings").isEqualTo(1);
        }
        try (Sphinx4Recognizer enUsOnly = new Sphinx4Recognizer(1, dir.resolve("grammars"), ChannelAdaptation.bundled())) {
            enUsOnly.recognize(seven, Grammar.builtin("digits", 1, 1), 0.0);
            assertThat(enUsOnly.loadedTelephoneEngines()).isZero();
            assertThat(enUsOnly.loadedEngines()).isEqualTo(1);
        }
    }

    @Test
    void shouldNotMatchSpeechOutsideTheGrammar() throws IOException {
        Recognition recognition = SpeechTestSupport.recognizer()
                .recognize(telephoneWav("what are your opening hours"), MENU, 0.5);

        assertThat(recognition.matched()).isFalse();
        assertThat(recognition.words()).isEmpty();
        assertThat(recognition.interpretation()).isEmpty();
    }

    @Test
    void shouldNotMatchSilence() {
        SpeechAudio silence = new SpeechAudio(new short[8000], 8000);

        Recognition recognition = SpeechTestSupport.recognizer().recognize(silence, MENU, 0.5);

        assertThat(recognition.matched()).isFalse();
    }

    @Test
    void shouldNameAMissingWavFile() {
        Path missing = dir.resolve("caller.wav");

        assertThatThrownBy(() -> SpeechTestSupport.recognizer().recognize(missing, MENU, 0.5))
                .isInstanceOf(AudioFileException.class)
                .hasMessage(missing + ": no such audio file");
    }

    @Test
    void shouldNameAFileThatIsNoWav() throws IOException {
        Path notWav = Files.writeString(dir.resolve("caller.wav"), "RIFF? no.");

        assertThatThrownBy(() -> SpeechTestSupport.recognizer().recognize(notWav, MENU, 0.5))
                .isInstanceOf(AudioFileException.class)
                .hasMessageStartingWith(notWav + ": not a WAV file");
    }

    @Test
    void shouldNameGrammarWordsTheDictionaryCannotPronounce() {
        Grammar invented = Grammar.phrases(Map.of("1", List.of("billing"), "2", List.of("zorblax quux")));

        assertThat(SpeechTestSupport.recognizer().unknownWords(invented)).containsExactly("quux", "zorblax");
        assertThatThrownBy(() -> SpeechTestSupport.recognizer().recognize(new SpeechAudio(new short[800], 8000),
                invented, 0.5))
                .hasMessage("the recognizer's dictionary has no pronunciation for quux, zorblax: use other words in the grammar");
    }

    @Test
    void shouldKnowEveryWordOfTheBuiltInGrammars() {
        for (String name : Grammar.BUILTIN_NAMES) {
            assertThat(SpeechTestSupport.recognizer().unknownWords(Grammar.builtin(name, 1, 8))).as(name).isEmpty();
        }
    }

    @Test
    void shouldRefuseAThresholdOutsideZeroToOne() {
        SpeechAudio silence = new SpeechAudio(new short[800], 8000);

        assertThatThrownBy(() -> SpeechTestSupport.recognizer().recognize(silence, MENU, 1.5))
                .hasMessage("confidence threshold must be between 0 and 1, got 1.5");
    }
}
