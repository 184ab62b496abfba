package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.centralita.speech.SpeechTestSupport;
import org.centralita.speech.audio.AudioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainer on a small corpus of synthesized words laid out as the Speech Commands set is (WORD/FILE.wav,
 * 16 kHz): every word is aligned, the statistics give a transform per class, and phones aligned with
 * enough frames get a class of their own.
 */
class ChannelAdaptationTrainerTest {

    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "yes", "no");

    @Test
    void shouldEstimateAPhoneClassTransformFromAlignedRecordings(@TempDir Path temp) throws Exception {
        Path corpus = temp.resolve("corpus");
        for (String word : WORDS) {
            Files.createDirectories(corpus.resolve(word));
            AudioFiles.writeWav(SpeechTestSupport.tts().synthesize(word, "en-US", null), corpus.resolve(word).resolve("a.wav"));
        }
        Files.createDirectories(corpus.resolve("qwzx"));
        AudioFiles.writeWav(SpeechTestSupport.tts().synthesize("hello", "en-US", null), corpus.resolve("qwzx").resolve("a.wav"));
        List<WordCorpus.Recording> recordings = WordCorpus.read(corpus);
        ChannelAdaptationTrainer trainer = new ChannelAdaptationTrainer(
                ChannelAdaptationTrainer.parseClasses("silence,vowel,sonorant,fricative,stop"), 150, temp.resolve("grammars"));

        ChannelAdaptationTrainer.Pass pass = trainer.pass(recordings, ChannelAdaptation.NONE, null);

        assertThat(recordings).hasSize(13);
        // kevin16 over a telephone line is aligned with 10 of the 12 words; "qwzx" is not in the dictionary.
        assertThat(pass.aligned()).as("words aligned").isGreaterThanOrEqualTo(9);
        assertThat(pass.aligned() + pass.skipped()).isEqualTo(13);
        assertThat(pass.frames()).isGreaterThan(300);
        List<Set<String>> classes = pass.adaptation().classes();
        assertThat(classes.get(classes.size() - 1)).containsExactlyInAnyOrder("silence", "vowel", "sonorant", "fricative", "stop");
        assertThat(classes.subList(0, classes.size() - 1)).as("phones with 150 frames or more").isNotEmpty()
                .allSatisfy(phone -> assertThat(phone).hasSize(1));
        float[] mean = new float[13];
        float[] moved = pass.adaptation().moved(classes.size() - 1, 0, mean);
        assertThat(moved).as("an estimated transform moves the means").isNotEqualTo(mean);
    }
}
