package org.centralita.speech.tts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptCacheTest {

    private static FreeTtsSynthesizer freeTts;
    private final CountingSpeech tts = new CountingSpeech();

    @TempDir
    Path dir;

    @BeforeAll
    static void allocate() {
        freeTts = new FreeTtsSynthesizer(2);
    }

    @AfterAll
    static void deallocate() {
        freeTts.close();
    }

    /** Real FreeTTS, counting how often the cache asked for synthesis. */
    private static final class CountingSpeech implements TextToSpeech {
        final AtomicInteger syntheses = new AtomicInteger();

        @Override
        public boolean supports(String language) {
            return freeTts.supports(language);
        }

        @Override
        public String defaultVoice() {
            return freeTts.defaultVoice();
        }

        @Override
        public void stream(String text, String language, String voice, Consumer<SpeechAudio> chunks) {
            syntheses.incrementAndGet();
            freeTts.stream(text, language, voice, chunks);
        }
    }

    @Test
    void shouldSynthesizeOnMissAndReuseTheFileOnHit() {
        PromptCache cache = new PromptCache(dir, tts, null, PromptFormat.WAV, 10_000_000);

        Path first = cache.audioFor("Welcome to Centralita.", "en-US");
        Path second = cache.audioFor("Welcome to Centralita.", "en-US");

        assertThat(second).isEqualTo(first);
        assertThat(tts.syntheses).hasValue(1);
        SpeechAudio audio = AudioFiles.readWav(first);
        assertThat(audio.sampleRate()).isEqualTo(8000);
        assertThat(audio.rms()).isGreaterThan(500);
    }

    @Test
    void shouldKeepOneFilePerTextLanguageAndFormat() {
        PromptCache wav = new PromptCache(dir, tts, null, PromptFormat.WAV, 10_000_000);
        PromptCache sln = new PromptCache(dir, tts, null, PromptFormat.SLN16, 10_000_000);

        Path hello = wav.audioFor("Hello.", "en-US");

        assertThat(wav.audioFor("Goodbye.", "en-US")).isNotEqualTo(hello);
        assertThat(wav.audioFor("Hello.", "en-GB")).isNotEqualTo(hello);
        Path wideband = sln.audioFor("Hello.", "en-US");
        assertThat(wideband.toString()).endsWith(".sln16");
        assertThat(wideband).isNotEqualTo(hello);
        assertThat(tts.syntheses).hasValue(4);
    }

    @Test
    void shouldSynthesizeOnceWhenManyCallersMissTheSamePromptAtOnce() throws Exception {
        PromptCache cache = new PromptCache(dir, tts, null, PromptFormat.WAV, 10_000_000);
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            Callable<Path> caller = () -> {
                start.await();
                return cache.audioFor("Please hold while we connect you.", "en-US");
            };
            List<Future<Path>> results = IntStream.range(0, callers).mapToObj(i -> pool.submit(caller)).toList();
            start.countDown();
            for (Future<Path> result : results) {
                assertThat(result.get()).isEqualTo(results.get(0).get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(tts.syntheses).hasValue(1);
        assertThat(AudioFiles.readWav(cache.audioFor("Please hold while we connect you.", "en-US")).rms())
                .isGreaterThan(500);
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    /** Room for three short prompts of similar length, not four. */
    private static long bound(long oneSize) {
        return oneSize * 3 + oneSize / 2;
    }

    @Test
    void shouldEvictTheLeastRecentlyUsedPromptsToStayUnderTheBound() throws Exception {
        PromptCache probe = new PromptCache(dir.resolve("probe"), tts, null, PromptFormat.WAV, Long.MAX_VALUE);
        long oneSize = Files.size(probe.audioFor("Option one.", "en-US"));
        PromptCache cache = new PromptCache(dir.resolve("cache"), tts, null, PromptFormat.WAV, bound(oneSize));

        Path one = cache.audioFor("Option one.", "en-US");
        Path two = cache.audioFor("Option two.", "en-US");
        Path three = cache.audioFor("Option six.", "en-US");
        cache.audioFor("Option one.", "en-US");
        Path four = cache.audioFor("Option ten.", "en-US");

        assertThat(cache.totalBytes()).isLessThanOrEqualTo(bound(oneSize));
        assertThat(two).doesNotExist();
        assertThat(one).exists();
        assertThat(four).exists();
        try (var files = Files.list(dir.resolve("cache"))) {
            assertThat(files.mapToLong(file -> file.toFile().length()).sum()).isEqualTo(cache.totalBytes());
        }
        assertThat(three).exists();
    }

    @Test
    void shouldRecordAPromptsUseOnDiskAtMostOnceAMinuteWhileEveryHitCountsForEviction() throws Exception {
        // given a cached prompt, played once (its use written to its modification time)
        PromptCache cache = new PromptCache(dir.resolve("touch"), tts, null, PromptFormat.WAV, Long.MAX_VALUE);
        Path file = cache.audioFor("Option one.", "en-US");
        cache.audioFor("Option one.", "en-US");
        java.nio.file.attribute.FileTime earlier = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 30_000);
        Files.setLastModifiedTime(file, earlier);

        // when it is played again within the minute
        Path again = cache.audioFor("Option one.", "en-US");

        // then the same file, neither synthesized again nor its time rewritten
        assertThat(again).isEqualTo(file);
        assertThat(tts.syntheses.get()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(earlier);
    }

    @Test
    void shouldNotLookForAFileKnownToExistWithinTheMinuteAndMakeItAgainAfterWhenItWasDeleted() throws Exception {
        // given a cached prompt, played once, on a clock the test moves
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis());
        PromptCache cache = new PromptCache(dir.resolve("known"), tts, null, PromptFormat.WAV, Long.MAX_VALUE, now::get);
        Path file = cache.audioFor("Option two.", "en-US");
        cache.audioFor("Option two.", "en-US");

        // when something else deletes its file and it is played again within the minute
        Files.delete(file);
        now.addAndGet(30_000);
        Path within = cache.audioFor("Option two.", "en-US");

        // then the file known to exist is named without looking (playing it fails as a missing recording does)
        assertThat(within).isEqualTo(file).doesNotExist();
        assertThat(tts.syntheses.get()).isEqualTo(1);

        // and once the minute is over it is looked for, found missing, and made again
        now.addAndGet(31_000);
        Path after = cache.audioFor("Option two.", "en-US");
        assertThat(after).isEqualTo(file).exists();
        assertThat(tts.syntheses.get()).isEqualTo(2);
    }
}
