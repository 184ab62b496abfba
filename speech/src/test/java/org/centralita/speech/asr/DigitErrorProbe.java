package org.centralita.speech.asr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.centralita.speech.SpeechTestSupport;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.grammar.Grammar;

/**
 * Error analysis of speech-dev (a tool, not a test): every single digit and string of
 * HumanDigitsAccuracyTest (the same recordings, the same strings) decoded by each of the recognizer's three
 * decoders for telephone digits, one tab-separated line each: kind (single or string), speaker, digits said,
 * then the en-us model's answer and confidence, the digits model's, the warped digits model's, the answer
 * kept (two of three agreeing) with its confidence, and the answer the rule before kept (the more confident
 * of the en-us and digits models). It prints the CPU time of each model per second of audio. Run from the
 * speech module (docs/speech.md, "Three answers, two must agree"):
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * org.centralita.speech.asr.DigitErrorProbe OUT.tsv}.
 */
public final class DigitErrorProbe {

    private static final List<String> SPEAKERS = HumanDigitsAccuracyTest.SPEAKERS;

    private static final java.util.concurrent.atomic.AtomicLong CPU_EN_US = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong CPU_DIGITS = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong AUDIO_MS = new java.util.concurrent.atomic.AtomicLong();

    private DigitErrorProbe() {
    }

    record Trial(String kind, String speaker, String expected, SpeechAudio audio) {
        Trial(String kind, HumanDigitsAccuracyTest.Trial trial) {
            this(kind, trial.speaker(), trial.expected(), trial.audio());
        }
    }

    public static void main(String[] args) throws Exception {
        List<Trial> trials = new ArrayList<>();
        HumanDigitsAccuracyTest.singleTrials().forEach(trial -> trials.add(new Trial("single", trial)));
        HumanDigitsAccuracyTest.stringTrials().forEach(trial -> trials.add(new Trial("string", trial)));
        List<String> lines = decodeAll(trials, (trial, grammar, compiled, prepared, general, digits) -> {
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = cpu.getCurrentThreadCpuTime();
            Recognition a = HypothesisScorer.score(general.decode(prepared, compiled, true), grammar, 0);
            long t1 = cpu.getCurrentThreadCpuTime();
            Recognition b = HypothesisScorer.score(digits.decode(prepared, compiled, false, 1), grammar, 0);
            Recognition c = HypothesisScorer.score(
                    digits.decode(prepared, compiled, false, Sphinx4Recognizer.DIGITS_WARP), grammar, 0);
            long t2 = cpu.getCurrentThreadCpuTime();
            CPU_EN_US.addAndGet(t1 - t0);
            CPU_DIGITS.addAndGet(t2 - t1);
            AUDIO_MS.addAndGet(trial.audio().samples().length / 8);
            Recognition kept = Recognition.majority(List.of(a, b, c));
            Recognition moreConfident = b.confidence() >= a.confidence() ? b : a;
            return String.join("\t", trial.kind(), trial.speaker(), trial.expected(),
                    String.valueOf(a.value()), fmt(a.confidence()), String.valueOf(b.value()), fmt(b.confidence()),
                    String.valueOf(c.value()), fmt(c.confidence()), String.valueOf(kept.value()),
                    fmt(kept.confidence()), String.valueOf(moreConfident.value()));
        });
        Files.write(Path.of(args[0]), lines);
        System.out.printf(Locale.ROOT, "CPU per audio second: en-us %.3f s, digits %.3f s (%d s of audio)%n",
                CPU_EN_US.get() / 1e6 / AUDIO_MS.get(), CPU_DIGITS.get() / 1e6 / AUDIO_MS.get(), AUDIO_MS.get() / 1000);
        summary(lines);
    }

    /** What a probe does with one trial on one pair of engines (the en-us model's and the digits model's). */
    interface TrialDecoder {
        String decode(Trial trial, Grammar grammar, CompiledGrammar compiled, SpeechAudio prepared, SphinxEngine general,
                SphinxEngine digits) throws Exception;
    }

    /**
     * Each trial, as the recognizer prepares it, against the digits grammar of its length, on one of
     * SpeechTestSupport.ENGINES pairs of engines (both models with their bundled adaptations); one line per trial,
     * in the trials' order.
     */
    static List<String> decodeAll(List<Trial> trials, TrialDecoder decoder) throws Exception {
        GrammarCompiler compiler = new GrammarCompiler(SpeechTestSupport.target().resolve("grammars"));
        CompiledGrammar initial = compiler.compile(Grammar.builtin("digits", 1, 1));
        int threads = SpeechTestSupport.ENGINES;
        List<SphinxEngine> general = new ArrayList<>();
        List<SphinxEngine> digits = new ArrayList<>();
        java.util.concurrent.BlockingQueue<Integer> free = new java.util.concurrent.LinkedBlockingQueue<>();
        for (int i = 0; i < threads; i++) {
            general.add(SphinxEngine.load(initial, ChannelAdaptation.bundled()));
            digits.add(SphinxEngine.load(initial, DigitModelAdaptation.bundled()));
            free.add(i);
        }
        List<Callable<String>> calls = new ArrayList<>();
        for (Trial trial : trials) {
            calls.add(() -> {
                int slot = free.take();
                try {
                    Grammar grammar = Grammar.builtin("digits", trial.expected().length(), trial.expected().length());
                    return decoder.decode(trial, grammar, compiler.compile(grammar), Sphinx4Recognizer.prepared(trial.audio()),
                            general.get(slot), digits.get(slot));
                } finally {
                    free.add(slot);
                }
            });
        }
        try {
            return SpeechTestSupport.atOnce(threads, calls);
        } finally {
            general.forEach(SphinxEngine::close);
            digits.forEach(SphinxEngine::close);
        }
    }

    /** Right answers per speaker and kind for each decoder, the two-of-three answer and the rule before. */
    private static void summary(List<String> lines) {
        String[] decoders = {"en-us", "digits", "digits warped", "two of three", "more confident"};
        int[] columns = {3, 5, 7, 9, 11};
        for (String kind : List.of("single", "string")) {
            for (int d = 0; d < decoders.length; d++) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-7s %-15s", kind, decoders[d]));
                int all = 0;
                for (String speaker : SPEAKERS) {
                    int right = 0;
                    for (String line : lines) {
                        String[] field = line.split("\t");
                        if (field[0].equals(kind) && field[1].equals(speaker) && field[2].equals(field[columns[d]])) {
                            right++;
                        }
                    }
                    all += right;
                    row.append(String.format(Locale.ROOT, " %s %3d", speaker, right));
                }
                System.out.println(row.append("  all ").append(all));
            }
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
