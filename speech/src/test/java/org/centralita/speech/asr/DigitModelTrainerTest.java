package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.centralita.speech.SpeechTestSupport;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The telephone model's trainer on a small corpus of synthesized words laid out as the Speech Commands set is:
 * the digits are aligned (other words skipped), MLLR moves every mean and MAP moves the Gaussians the
 * aligned frames reached.
 */
class DigitModelTrainerTest {

    @Test
    void shouldEstimateATransformAndMapMeansFromTheDigitRecordings(@TempDir Path temp) throws Exception {
        Path corpus = temp.resolve("corpus");
        for (String word : List.of("one", "two", "three", "seven", "yes")) {
            Files.createDirectories(corpus.resolve(word));
            AudioFiles.writeWav(SpeechTestSupport.tts().synthesize(word, "en-US", null), corpus.resolve(word).resolve("a.wav"));
        }
        List<WordCorpus.Recording> recordings = WordCorpus.read(corpus);
        List<String> report = new ArrayList<>();

        DigitModelAdaptation adaptation = new DigitModelTrainer(temp.resolve("grammars"), List.of(1.0, 1.1))
                .train(recordings, 1, 5, report::add);

        // 4 digits at 2 speeds; "yes" is not a digit
        assertThat(report).hasSize(2);
        assertThat(report.get(0)).startsWith("MLLR pass 1: ").matches(".* [5-8] recordings aligned, [0-3] skipped, \\d+ frames");
        assertThat(report.get(1)).startsWith("MAP (tau 5.0): ");
        assertThat(adaptation.mapMeans()).isGreaterThan(20);
        float[] mean = new float[13];
        assertThat(adaptation.moved(0, mean)).as("an estimated transform moves the means").isNotEqualTo(mean);
    }

    @Test
    void shouldPlayARecordingFasterOrSlowerAtItsOwnRate() {
        SpeechAudio second = new SpeechAudio(new short[16000], 16000);

        assertThat(DigitModelTrainer.faster(second, 1).length()).isEqualTo(16000);
        assertThat(DigitModelTrainer.faster(second, 1.1).sampleRate()).isEqualTo(16000);
        assertThat(DigitModelTrainer.faster(second, 1.1).length()).isBetween(14390, 14410);
        assertThat(DigitModelTrainer.faster(second, 0.9).length()).isBetween(17590, 17610);
    }
}
