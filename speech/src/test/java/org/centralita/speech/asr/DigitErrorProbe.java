package org.centralita.speech.asr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import org.centralita.speech.SpeechTestSupport;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.grammar.Grammar;

/**
 * Error analysis of speech-dev (a tool, not a test): every single digit and string of HumanDigitsAccuracyTest (the
 * same recordings, the same strings) decoded by the en-us model alone (its telephone adaptation, the high band
 * estimated) and by the telephone model (what the recognizer keeps), one tab-separated line each: kind (single or
 * string), speaker, digits said, then each decoder's answer and confidence. It prints each decoder's right answers
 * per speaker and its CPU time per second of audio. Run from the speech module (docs/speech.md, "The telephone
 * model"): {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * org.centralita.speech.asr.DigitErrorProbe OUT.tsv [ADAPTATION]}; ADAPTATION: a telephone model adaptation file in
 * place of the bundled one, and {@code -Dcentralita.telephone-model=file:DIR} another telephone model.
 */
public final class DigitErrorProbe {

    private static final List<String> DECODERS = List.of("en-us", "telephone");

    private DigitErrorProbe() {
    }

    record Trial(String kind, String speaker, String expected, SpeechAudio audio) {
        Trial(String kind, HumanDigitsAccuracyTest.Trial trial) {
            this(kind, trial.speaker(), trial.expected(), trial.audio());
        }
    }

    public static void main(String[] args) throws Exception {
        DigitModelAdaptation adaptation = args.length > 1 ? DigitModelAdaptation.read(Path.of(args[1]))
                : DigitModelAdaptation.bundled();
        List<Trial> trials = new ArrayList<>();
        HumanDigitsAccuracyTest.singleTrials().forEach(trial -> trials.add(new Trial("single", trial)));
        HumanDigitsAccuracyTest.stringTrials().forEach(trial -> trials.add(new Trial("string", trial)));
        GrammarCompiler compiler = new GrammarCompiler(SpeechTestSupport.target().resolve("grammars"));
        CompiledGrammar initial = compiler.compile(Grammar.builtin("digits", 1, 1));
        int threads = SpeechTestSupport.ENGINES;
        List<SphinxEngine[]> engines = new ArrayList<>();
        BlockingQueue<Integer> free = new LinkedBlockingQueue<>();
        for (int i = 0; i < threads; i++) {
            engines.add(new SphinxEngine[] {SphinxEngine.load(initial, ChannelAdaptation.bundled()),
                    SphinxEngine.load(initial, adaptation)});
            free.add(i);
        }
        long[] cpu = new long[DECODERS.size()];
        long[] audioMs = new long[1];
        List<Callable<String>> calls = new ArrayList<>();
        for (Trial trial : trials) {
            calls.add(() -> {
                int slot = free.take();
                try {
                    Grammar grammar = Grammar.builtin("digits", trial.expected().length(), trial.expected().length());
                    CompiledGrammar compiled = compiler.compile(grammar);
                    SphinxEngine[] pair = engines.get(slot);
                    StringBuilder line = new StringBuilder(String.join("\t", trial.kind(), trial.speaker(), trial.expected()));
                    for (int d = 0; d < pair.length; d++) {
                        boolean enUs = d == 0;
                        SpeechAudio prepared = Sphinx4Recognizer.prepared(trial.audio(),
                                enUs ? SphinxEngine.MODEL_RATE : SphinxEngine.AcousticModel.TELEPHONE.rate);
                        long start = threadCpu();
                        Recognition answer = HypothesisScorer.score(pair[d].decode(prepared, compiled, enUs), grammar, 0);
                        synchronized (cpu) {
                            cpu[d] += threadCpu() - start;
                        }
                        line.append('\t').append(answer.value()).append('\t')
                                .append(String.format(Locale.ROOT, "%.4f", answer.confidence()));
                    }
                    synchronized (cpu) {
                        audioMs[0] += trial.audio().duration().toMillis();
                    }
                    return line.toString();
                } finally {
                    free.add(slot);
                }
            });
        }
        List<String> lines;
        try {
            lines = SpeechTestSupport.atOnce(threads, calls);
        } finally {
            engines.forEach(pair -> {
                for (SphinxEngine engine : pair) {
                    engine.close();
                }
            });
        }
        Files.write(Path.of(args[0]), lines);
        for (int d = 0; d < DECODERS.size(); d++) {
            System.out.printf(Locale.ROOT, "CPU per audio second, %s: %.3f s%n", DECODERS.get(d), cpu[d] / 1e6 / audioMs[0]);
        }
        summary(lines);
    }

    private static long threadCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Right answers per speaker and kind for each decoder. */
    private static void summary(List<String> lines) {
        for (String kind : List.of("single", "string")) {
            for (int d = 0; d < DECODERS.size(); d++) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-7s %-10s", kind, DECODERS.get(d)));
                int all = 0;
                for (String speaker : HumanDigitsAccuracyTest.SPEAKERS) {
                    int right = 0;
                    for (String line : lines) {
                        String[] field = line.split("\t");
                        if (field[0].equals(kind) && field[1].equals(speaker) && field[2].equals(field[3 + 2 * d])) {
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
}
