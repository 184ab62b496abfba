package org.centralita.speech.testset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.grammar.Grammar;
import org.centralita.speech.tts.FreeTtsSynthesizer;

/**
 * The recognition test set: menu words, digit strings and yes/no said by FreeTTS and several
 * espeak-ng voices, made telephone-like by sox (300-3400 Hz, 8 kHz) and once more with pink noise
 * at {@value #SNR_DB} dB SNR. Generated deterministically under target/ and reused while the spec is
 * unchanged (the directory name carries a hash of it).
 */
public final class TestSet {

    public static final double SNR_DB = 12;
    // Bump when the way audio is made changes, so cached sets are rebuilt. v3: sets made before FreeTTS voice
    // allocation was serialized may hold a garbled FreeTTS voice (two voices allocated at once).
    private static final String GENERATOR_VERSION = "v3";
    public static final Grammar MENU = Grammar.phrases(Map.of(
            "billing", List.of("billing", "pay my bill"),
            "payments", List.of("payments"),
            "support", List.of("technical support"),
            "agent", List.of("agent"),
            "balance", List.of("balance")));
    public static final Grammar DIGITS = Grammar.builtin("digits", 4, 8);
    public static final Grammar YES_NO = Grammar.builtin("yes-no");

    private static final List<String> MENU_PHRASES = List.of("billing", "payments", "technical support", "agent",
            "balance", "pay my bill");
    private static final List<String> OUT_OF_MENU = List.of("I would like to open a new account",
            "what are your opening hours", "cancel my subscription please");
    private static final List<String> ANSWERS = List.of("yes", "no", "yeah", "nope", "yes please", "no thanks");
    private static final List<String> DIGIT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");
    /** FreeTTS, then espeak-ng voices as voice/speed/pitch. */
    private static final List<String> VOICES = List.of("freetts", "en-us/150/50", "en/170/40", "en+m3/140/55",
            "en+f3/160/65");
    private static final List<String> CONDITIONS = List.of("clean", "noisy");

    private TestSet() {
    }

    public static Grammar grammar(String name) {
        return switch (name) {
            case "menu" -> MENU;
            case "digits" -> DIGITS;
            case "yes-no" -> YES_NO;
            default -> throw new IllegalArgumentException("no test grammar " + name);
        };
    }

    /** What each utterance says, before any audio exists. */
    static List<TestUtterance> spec(Path directory) {
        List<TestUtterance> utterances = new ArrayList<>();
        for (int v = 0; v < VOICES.size(); v++) {
            for (int c = 0; c < CONDITIONS.size(); c++) {
                // Text depends on the voice only: clean and noisy hold the same words, so the two compare.
                int combo = v;
                Random random = new Random(1000L + combo);
                String prefix = "v" + v + "-" + CONDITIONS.get(c) + "-";
                for (int i = 0; i < 5; i++) {
                    String phrase = MENU_PHRASES.get((combo + i) % MENU_PHRASES.size());
                    add(utterances, directory, prefix + "menu" + i, "menu", phrase,
                            MENU.interpret(phrase).orElseThrow().value(), v, c);
                }
                add(utterances, directory, prefix + "oog", "menu", OUT_OF_MENU.get(combo % OUT_OF_MENU.size()), "", v, c);
                for (int i = 0; i < 4; i++) {
                    StringBuilder digits = new StringBuilder();
                    int length = 4 + random.nextInt(5);
                    for (int d = 0; d < length; d++) {
                        digits.append(random.nextInt(10));
                    }
                    String spoken = String.join(" ", digits.chars().mapToObj(d -> DIGIT_WORDS.get(d - '0')).toList());
                    add(utterances, directory, prefix + "digits" + i, "digits", spoken, digits.toString(), v, c);
                }
                for (int i = 0; i < 3; i++) {
                    String answer = ANSWERS.get((combo * 3 + i) % ANSWERS.size());
                    add(utterances, directory, prefix + "yesno" + i, "yes-no", answer,
                            YES_NO.interpret(answer).orElseThrow().value(), v, c);
                }
            }
        }
        return utterances;
    }

    private static void add(List<TestUtterance> utterances, Path directory, String id, String grammar, String text,
            String expected, int voice, int condition) {
        utterances.add(new TestUtterance(id, grammar, text, expected, voiceLabel(VOICES.get(voice)),
                CONDITIONS.get(condition), directory.resolve(id + ".wav")));
    }

    private static String voiceLabel(String voice) {
        return voice.equals("freetts") ? "freetts-kevin16" : "espeak-" + voice.replace('/', '-');
    }

    /** The test set under {@code targetDirectory}, generating what is missing. */
    public static synchronized List<TestUtterance> load(Path targetDirectory, FreeTtsSynthesizer freeTts) {
        Path directory = targetDirectory.resolve("speech-testset").resolve(GENERATOR_VERSION + "-" + Integer.toHexString(
                spec(Path.of("")).hashCode() & 0x7fffffff));
        List<TestUtterance> utterances = spec(directory);
        try {
            Files.createDirectories(directory);
            generateMissing(utterances, directory, freeTts);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot build the speech test set in " + directory, failed);
        }
        return utterances;
    }

    private static void generateMissing(List<TestUtterance> utterances, Path directory, FreeTtsSynthesizer freeTts)
            throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (TestUtterance utterance : utterances) {
                if (!Files.exists(utterance.wav())) {
                    jobs.add(workers.submit(() -> {
                        generate(utterance, directory, freeTts);
                        return null;
                    }));
                }
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted building the test set", interrupted);
        } catch (java.util.concurrent.ExecutionException failed) {
            throw new IllegalStateException("cannot build the speech test set: " + failed.getCause().getMessage(),
                    failed.getCause());
        } finally {
            workers.shutdown();
        }
    }

    private static void generate(TestUtterance utterance, Path directory, FreeTtsSynthesizer freeTts)
            throws IOException {
        Path raw = directory.resolve(utterance.id() + ".raw.wav");
        if (utterance.voice().startsWith("freetts")) {
            AudioFiles.writeWav(freeTts.synthesize(utterance.text(), "en-US", null), raw);
        } else {
            String[] voice = utterance.voice().substring("espeak-".length()).split("-(?=\\d)");
            Sox.espeak(voice[0], Integer.parseInt(voice[1]), Integer.parseInt(voice[2]), utterance.text(), raw);
        }
        Path partial = directory.resolve(utterance.id() + ".part.wav");
        if (utterance.condition().equals("clean")) {
            Sox.telephone(raw, partial);
        } else {
            Path mixed = directory.resolve(utterance.id() + ".mix.wav");
            AudioFiles.writeWav(withNoise(raw, directory.resolve(utterance.id() + ".noise.wav")), mixed);
            Sox.telephone(mixed, partial);
            Files.delete(mixed);
        }
        Files.delete(raw);
        Files.move(partial, utterance.wav(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The utterance at 8 kHz with sox pink noise added at the set signal-to-noise ratio. */
    private static SpeechAudio withNoise(Path raw, Path noiseFile) throws IOException {
        SpeechAudio speech = AudioFiles.readWav(raw).resampledTo(8000);
        Sox.pinkNoise(noiseFile, speech.length() / 8000.0 + 0.1);
        short[] noise = AudioFiles.readWav(noiseFile).samples();
        double noiseRms = new SpeechAudio(noise, 8000).rms();
        double gain = speech.rms() / Math.pow(10, SNR_DB / 20) / noiseRms;
        short[] samples = speech.samples();
        for (int i = 0; i < samples.length; i++) {
            double mixed = samples[i] + gain * noise[i % noise.length];
            samples[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(mixed)));
        }
        Files.delete(noiseFile);
        return new SpeechAudio(samples, 8000);
    }
}
