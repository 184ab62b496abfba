package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.centralita.speech.SpeechTestSupport;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.grammar.Grammar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognition of human voices at 8 kHz (src/test/resources/speech-dev): single digits and digit
 * strings per speaker, through a G.711 u-law round trip, against the digits grammar limited to the
 * length asked for (as an input node's min-digits/max-digits limit it). The figures go to
 * target/human-digits-accuracy.txt; a change that loses accuracy fails here.
 */
class HumanDigitsAccuracyTest {

    private static final Logger LOG = LoggerFactory.getLogger(HumanDigitsAccuracyTest.class);
    private static final Path RECORDINGS = Path.of("src/test/resources/speech-dev/fsdd");
    static final List<String> SPEAKERS = List.of("george", "jackson", "nicolas", "theo");
    private static final int TELEPHONE_RATE = 8000;
    /**
     * Measured with the telephone model (CMU's en-us 8 kHz model, its states tied for the digits, adapted to the
     * channel; docs/speech.md, "The telephone model"): single digits 95.0% (380/400), strings 95.0% (38/40). Before it,
     * three decoders of 16 kHz models (the en-us model and TIDIGITS twice, two of three agreeing) gave 92.8% and 80.0%,
     * the en-us model alone 90.3% and 77.5%. The floors are issue 14's targets (95% of single digits, 90% of strings):
     * recognition is deterministic (the same answers whichever engine and whatever ran before), so the test shows the
     * targets met, with no margin on single digits.
     */
    private static final double SINGLE_DIGIT_FLOOR = 0.95;
    private static final double DIGIT_STRING_FLOOR = 0.90;

    private static final Map<String, int[]> singles = new TreeMap<>();
    private static final Map<String, int[]> strings = new TreeMap<>();

    record Trial(String speaker, String expected, SpeechAudio audio) {
    }

    /** Recordings 0-9 of each digit and speaker, each said alone (400 trials). */
    static List<Trial> singleTrials() {
        List<Trial> trials = new ArrayList<>();
        for (String speaker : SPEAKERS) {
            for (int digit = 0; digit <= 9; digit++) {
                for (int index = 0; index < 10; index++) {
                    trials.add(new Trial(speaker, String.valueOf(digit), telephone(read(digit, speaker, index))));
                }
            }
        }
        return trials;
    }

    /** Ten strings of 4-8 digits per speaker from recordings 10-19 (40 trials, the same each run). */
    static List<Trial> stringTrials() {
        List<Trial> trials = new ArrayList<>();
        Random lengths = new Random(8000);
        for (String speaker : SPEAKERS) {
            for (int string = 0; string < 10; string++) {
                trials.add(digitString(speaker, 4 + lengths.nextInt(5), lengths));
            }
        }
        return trials;
    }

    @BeforeAll
    static void recognizeEveryRecording() throws Exception {
        count(singleTrials(), singles);
        count(stringTrials(), strings);
        StringBuilder report = new StringBuilder("Human 8 kHz digits (speech-dev), u-law round trip\n"
                + "recognizer: each utterance without its DC offset, at 8 kHz; the telephone model (CMU en-us 8 kHz, its\n"
                + "states tied for the digits) with its telephone MLLR + MAP, the en-us dictionary and its addendum\n\n");
        report.append(String.format(Locale.ROOT, "%-10s %-22s %s%n", "speaker", "single digits", "digit strings (4-8)"));
        for (String speaker : SPEAKERS) {
            report.append(String.format(Locale.ROOT, "%-10s %-22s %s%n", speaker, share(singles.get(speaker)),
                    share(strings.get(speaker))));
        }
        report.append(String.format(Locale.ROOT, "%-10s %-22s %s%n", "all", share(total(singles)), share(total(strings))));
        LOG.info("\n{}", report);
        Files.writeString(SpeechTestSupport.target().resolve("human-digits-accuracy.txt"), report);
    }

    @Test
    void shouldRecognizeHumanSingleDigitsAtLeastAsWellAsMeasured() {
        int[] all = total(singles);
        assertThat(all[0] / (double) all[1]).as("single digits right").isGreaterThanOrEqualTo(SINGLE_DIGIT_FLOOR);
    }

    @Test
    void shouldRecognizeHumanDigitStringsAtLeastAsWellAsMeasured() {
        int[] all = total(strings);
        assertThat(all[0] / (double) all[1]).as("whole digit strings right").isGreaterThanOrEqualTo(DIGIT_STRING_FLOOR);
    }

    private static void count(List<Trial> trials, Map<String, int[]> tally) throws Exception {
        Sphinx4Recognizer recognizer = SpeechTestSupport.recognizer();
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (Trial trial : trials) {
            Grammar digits = Grammar.builtin("digits", trial.expected().length(), trial.expected().length());
            calls.add(() -> trial.expected().equals(recognizer.recognize(trial.audio(), digits, 0.0).value()));
        }
        List<Boolean> right = SpeechTestSupport.atOnce(SpeechTestSupport.ENGINES, calls);
        for (int i = 0; i < trials.size(); i++) {
            int[] counts = tally.computeIfAbsent(trials.get(i).speaker(), speaker -> new int[2]);
            counts[0] += right.get(i) ? 1 : 0;
            counts[1]++;
        }
    }

    /** Recordings of the speaker joined with 150-400 ms gaps, as a caller says an account number. */
    private static Trial digitString(String speaker, int length, Random random) {
        StringBuilder expected = new StringBuilder();
        List<short[]> parts = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            int digit = random.nextInt(10);
            expected.append(digit);
            parts.add(read(digit, speaker, 10 + random.nextInt(10)).samples());
            parts.add(new short[TELEPHONE_RATE * (150 + random.nextInt(250)) / 1000]);
        }
        short[] joined = new short[parts.stream().mapToInt(part -> part.length).sum()];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return new Trial(speaker, expected.toString(), telephone(new SpeechAudio(joined, TELEPHONE_RATE)));
    }

    private static SpeechAudio read(int digit, String speaker, int index) {
        SpeechAudio audio = AudioFiles.readWav(RECORDINGS.resolve(digit + "_" + speaker + "_" + index + ".wav"));
        assertThat(audio.sampleRate()).isEqualTo(TELEPHONE_RATE);
        return audio;
    }

    private static SpeechAudio telephone(SpeechAudio audio) {
        return TelephoneLine.ulawRoundTrip(audio);
    }

    private static int[] total(Map<String, int[]> tally) {
        int[] all = new int[2];
        tally.values().forEach(counts -> {
            all[0] += counts[0];
            all[1] += counts[1];
        });
        return all;
    }

    private static String share(int[] counts) {
        return String.format(Locale.ROOT, "%d/%d (%.1f%%)", counts[0], counts[1], 100.0 * counts[0] / counts[1]);
    }
}
