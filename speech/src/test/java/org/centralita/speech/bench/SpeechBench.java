package org.centralita.speech.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.centralita.speech.asr.Sphinx4Recognizer;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.testset.TestSet;
import org.centralita.speech.testset.TestUtterance;
import org.centralita.speech.tts.FreeTtsSynthesizer;
import org.centralita.speech.tts.PromptCache;
import org.centralita.speech.tts.PromptFormat;

/**
 * Measures what the design's speech targets are about: text-to-speech time to first audio and
 * real-time factor for a dynamic prompt, prompt-cache hits, and recognition real-time factor per
 * grammar on the generated telephone test set. A command-line program: see docs/benchmarks.md.
 */
public final class SpeechBench {

    private static final String DYNAMIC_PROMPT = "Your balance is $1,234.56 as of 2026-12-25. Thank you for calling.";
    private static final int ROUNDS = 30;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "speech/target");
        SpeechBench bench = new SpeechBench();
        bench.line("Speech benchmark: %d cores, %s, Java %s, max heap %d MB", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        try (FreeTtsSynthesizer tts = new FreeTtsSynthesizer(2)) {
            bench.textToSpeech(tts);
            bench.promptCache(tts, target.resolve("bench-prompts"));
            bench.recognition(TestSet.load(target, tts), target.resolve("bench-grammars"));
        }
        bench.line("Load average (1 min) at the end: %.1f on %d cores; compare CPU with wall figures on a busy machine",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        Files.writeString(target.resolve("speech-bench.txt"), bench.report);
    }

    private void textToSpeech(FreeTtsSynthesizer tts) {
        long start = System.nanoTime();
        tts.synthesize("Hello.", "en-US", null);
        line("TTS: first use (voice allocation + first prompt) %.0f ms", millis(System.nanoTime() - start));
        double[] firstAudio = new double[ROUNDS];
        double[] realTime = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            AtomicLong firstChunkAt = new AtomicLong();
            List<SpeechAudio> chunks = new ArrayList<>();
            long begin = System.nanoTime();
            tts.stream(DYNAMIC_PROMPT, "en-US", null, chunk -> {
                firstChunkAt.compareAndSet(0, System.nanoTime());
                chunks.add(chunk);
            });
            long elapsed = System.nanoTime() - begin;
            double audioSeconds = chunks.stream().mapToInt(SpeechAudio::length).sum() / 16000.0;
            firstAudio[round] = millis(firstChunkAt.get() - begin);
            realTime[round] = elapsed / 1e9 / audioSeconds;
        }
        line("TTS: dynamic prompt \"%s\"", DYNAMIC_PROMPT);
        line("TTS: time to first audio median %.1f ms, p95 %.1f ms (%d rounds)", percentile(firstAudio, 50),
                percentile(firstAudio, 95), ROUNDS);
        line("TTS: real-time factor median %.3f, p95 %.3f", percentile(realTime, 50), percentile(realTime, 95));
        for (int threads : new int[] {1, 2}) {
            line("TTS: %d prompts from %d threads with %d pooled voice(s): %.0f ms", 20, 2, threads,
                    millis(parallelPrompts(threads)));
        }
    }

    /** Time for two threads to speak 20 prompts, with {@code voices} voices in the pool. */
    private static long parallelPrompts(int voices) {
        try (FreeTtsSynthesizer pooled = new FreeTtsSynthesizer(voices)) {
            pooled.synthesize("Warm up.", "en-US", null);
            ExecutorService callers = Executors.newFixedThreadPool(2);
            long start = System.nanoTime();
            List<Future<SpeechAudio>> prompts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                prompts.add(callers.submit(() -> pooled.synthesize(DYNAMIC_PROMPT, "en-US", null)));
            }
            for (Future<SpeechAudio> prompt : prompts) {
                prompt.get();
            }
            callers.shutdown();
            return System.nanoTime() - start;
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private void promptCache(FreeTtsSynthesizer tts, Path directory) throws IOException {
        PromptCache cache = new PromptCache(directory, tts, null, PromptFormat.WAV, 50_000_000);
        long missStart = System.nanoTime();
        cache.audioFor(DYNAMIC_PROMPT + " " + System.nanoTime(), "en-US");
        double miss = millis(System.nanoTime() - missStart);
        cache.audioFor(DYNAMIC_PROMPT, "en-US");
        double[] hits = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            cache.audioFor(DYNAMIC_PROMPT, "en-US");
            hits[round] = millis(System.nanoTime() - start);
        }
        line("Prompt cache: miss (synthesize + 8 kHz WAV + atomic write) %.0f ms, hit median %.3f ms", miss,
                percentile(hits, 50));
    }

    private void recognition(List<TestUtterance> testSet, Path grammars) throws Exception {
        try (Sphinx4Recognizer recognizer = new Sphinx4Recognizer(2, grammars)) {
            long start = System.nanoTime();
            recognizer.recognize(testSet.get(0).wav(), TestSet.grammar(testSet.get(0).grammar()), 0.0);
            line("ASR: first use (Sphinx4 en-us model load + first utterance) %.0f ms", millis(System.nanoTime() - start));
            for (String grammar : List.of("menu", "digits", "yes-no")) {
                List<TestUtterance> utterances = testSet.stream().filter(u -> u.grammar().equals(grammar)).toList();
                double audio = 0;
                long busy = 0;
                long cpu = 0;
                for (TestUtterance utterance : utterances) {
                    SpeechAudio recording = AudioFiles.readWav(utterance.wav());
                    audio += recording.length() / (double) recording.sampleRate();
                    long begin = System.nanoTime();
                    long cpuBegin = THREADS.getCurrentThreadCpuTime();
                    recognizer.recognize(recording, TestSet.grammar(grammar), 0.0);
                    cpu += THREADS.getCurrentThreadCpuTime() - cpuBegin;
                    busy += System.nanoTime() - begin;
                }
                // Decoding runs on the calling thread, so its CPU time is the cost even on a busy machine.
                line("ASR: %-7s %3d utterances, %.1f s of audio, real-time factor %.3f wall, %.3f CPU (one call at a time)",
                        grammar, utterances.size(), audio, busy / 1e9 / audio, cpu / 1e9 / audio);
            }
            concurrentThroughput(testSet, recognizer);
        }
    }

    private void concurrentThroughput(List<TestUtterance> testSet, Sphinx4Recognizer recognizer) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        double audio = 0;
        long start = System.nanoTime();
        List<Future<?>> calls = new ArrayList<>();
        for (TestUtterance utterance : testSet) {
            SpeechAudio recording = AudioFiles.readWav(utterance.wav());
            audio += recording.length() / (double) recording.sampleRate();
            calls.add(callers.submit(() -> recognizer.recognize(recording, TestSet.grammar(utterance.grammar()), 0.0)));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        callers.shutdown();
        double wall = (System.nanoTime() - start) / 1e9;
        line("ASR: all %d utterances from 8 callers through 2 engines: %.1f s wall for %.1f s of audio (%.1fx real time)",
                testSet.size(), wall, audio, audio / wall);
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.append(text).append('\n');
        // A command-line program: its report goes to standard output.
        System.out.println(text);
    }
}
