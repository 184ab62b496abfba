package org.centralita.speech.tts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.centralita.speech.SpeechTestSupport;
import org.centralita.speech.audio.SpeechAudio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prompts synthesized at once on several threads sound exactly as the same prompts made one at a time,
 * also by voices that were allocated at the same moment (FreeTTS loads voices through static tables).
 */
class ConcurrentSynthesisTest {

    // "Centralita" and "zorblatt" are not in FreeTTS's lexicon: they are read by its letter-to-sound rules.
    private static final List<String> PROMPTS = List.of("technical support", "pay my bill",
            "seven four one nine three", "Thank you for calling Centralita. Your balance is $1,234.56.", "no thanks",
            "what are your opening hours", "zorblatt");
    private static final int THREADS = 4;
    private static final int ROUNDS = 6;
    /** Without serialized allocation, 15 rounds failed 4 runs out of 4 (a corrupt voice or IndexOutOfBounds). */
    private static final int ALLOCATION_ROUNDS = 20;

    private static FreeTtsSynthesizer tts;

    @BeforeAll
    static void allocate() {
        tts = new FreeTtsSynthesizer(THREADS);
    }

    @AfterAll
    static void deallocate() {
        tts.close();
    }

    @Test
    void shouldSynthesizeTheSameSamplesEveryTimeOnOneThread() {
        List<SpeechAudio> first = synthesizeInTurn();

        List<SpeechAudio> second = synthesizeInTurn();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldSynthesizeTheSameSamplesOnSeveralThreadsAsOnOne() throws Exception {
        List<SpeechAudio> alone = synthesizeInTurn();

        List<SpeechAudio> together = synthesizeAtOnce();

        for (int job = 0; job < together.size(); job++) {
            String prompt = PROMPTS.get(job % PROMPTS.size());
            assertThat(together.get(job)).as("job %d, '%s'", job, prompt).isEqualTo(alone.get(job % PROMPTS.size()));
        }
    }

    @Test
    void shouldGiveVoicesAllocatedAtOnceTheSameSpeechAsAVoiceAllocatedAlone() throws Exception {
        List<SpeechAudio> alone = synthesizeInTurn();

        for (int round = 0; round < ALLOCATION_ROUNDS; round++) {
            // A fresh synthesizer allocates one voice per thread, all at the same moment.
            try (FreeTtsSynthesizer fresh = new FreeTtsSynthesizer(THREADS)) {
                List<SpeechAudio> together = synthesizeAtOnce(fresh, THREADS);

                for (int job = 0; job < together.size(); job++) {
                    assertThat(together.get(job)).as("round %d, voice of job %d", round, job)
                            .isEqualTo(alone.get(job % PROMPTS.size()));
                }
            }
        }
    }

    private static List<SpeechAudio> synthesizeInTurn() {
        return PROMPTS.stream().map(prompt -> tts.synthesize(prompt, "en-US", null)).toList();
    }

    private static List<SpeechAudio> synthesizeAtOnce() throws Exception {
        return synthesizeAtOnce(tts, PROMPTS.size() * ROUNDS);
    }

    /** Job i says prompt i modulo the prompts; all jobs start together. */
    private static List<SpeechAudio> synthesizeAtOnce(FreeTtsSynthesizer synthesizer, int jobCount) throws Exception {
        List<Callable<SpeechAudio>> jobs = new ArrayList<>();
        for (int job = 0; job < jobCount; job++) {
            String prompt = PROMPTS.get(job % PROMPTS.size());
            jobs.add(() -> synthesizer.synthesize(prompt, "en-US", null));
        }
        return SpeechTestSupport.atOnce(THREADS, jobs);
    }
}
