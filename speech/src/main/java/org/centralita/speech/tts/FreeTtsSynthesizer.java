package org.centralita.speech.tts;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.support.BoundedMemo;
import org.centralita.speech.support.BoundedPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text-to-speech with FreeTTS's US English diphone voices. A FreeTTS {@link Voice} keeps per-utterance
 * state and its audio player, so it is not thread-safe: each voice name has a bounded pool of allocated
 * voices and a call holds one voice for the length of one prompt. Voices are allocated one at a time
 * in the whole JVM, because FreeTTS loads them through static tables; allocated voices then speak in parallel.
 */
public final class FreeTtsSynthesizer implements TextToSpeech, AutoCloseable {

    public static final String DEFAULT_VOICE = "kevin16";
    private static final Logger LOG = LoggerFactory.getLogger(FreeTtsSynthesizer.class);
    private static final String VOICE_DIRECTORIES = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";
    /**
     * FreeTTS loads a voice's letter-to-sound rules through a static phoneme table
     * ({@code LetterToSoundImpl.phonemeTable}) and caches lexicons in a static HashMap: two voices
     * allocated at once can swap tables mid-load, leaving a voice that mispronounces every prompt it
     * speaks or failing with IndexOutOfBoundsException (ConcurrentSynthesisTest). Static because the
     * runtime holds more than one synthesizer. Speaking touches no shared mutable state (lexicon
     * lookups only read, since FreeTTS's LexTokenize defaults to "never"), so it is not serialized.
     */
    private static final Object ALLOCATION = new Object();

    private final int voicesPerName;
    private final Map<String, BoundedPool<Voice>> pools = new ConcurrentHashMap<>();
    /** Whether each language tag asked about is English: parsed once per tag, not per prompt played. */
    private final BoundedMemo<String, Boolean> english = new BoundedMemo<>(LanguageVoices.TAGS_KEPT);

    /** @param voicesPerName how many prompts of one voice may be synthesized at once */
    public FreeTtsSynthesizer(int voicesPerName) {
        if (System.getProperty("freetts.voices") == null) {
            System.setProperty("freetts.voices", VOICE_DIRECTORIES);
        }
        this.voicesPerName = voicesPerName;
    }

    /** English only: the bundled voices are American English. */
    @Override
    public boolean supports(String language) {
        return language != null && english.get(language, tag -> Locale.forLanguageTag(tag).getLanguage().equals("en"));
    }

    @Override
    public String defaultVoice() {
        return DEFAULT_VOICE;
    }

    @Override
    public void stream(String text, String language, String voice, Consumer<SpeechAudio> chunks) {
        if (!supports(language)) {
            throw new IllegalArgumentException("no FreeTTS voice speaks language '" + language
                    + "': play a recording instead");
        }
        // FreeTTS reads hyphens as pauses, so "twenty-five" is handed over as "twenty five".
        String spoken = TextNormalizer.normalize(text).replace('-', ' ');
        pool(voice == null ? DEFAULT_VOICE : voice).with(allocated -> speak(allocated, spoken, chunks));
    }

    private Boolean speak(Voice voice, String text, Consumer<SpeechAudio> chunks) {
        ChunkingAudioPlayer player = new ChunkingAudioPlayer(chunks);
        voice.setAudioPlayer(player);
        boolean spoken = voice.speak(text);
        if (!spoken) {
            throw new IllegalStateException("FreeTTS voice " + voice.getName() + " failed to speak: " + text);
        }
        return spoken;
    }

    private BoundedPool<Voice> pool(String voiceName) {
        return pools.computeIfAbsent(voiceName, name -> {
            checkVoiceExists(name);
            return new BoundedPool<>(voicesPerName, () -> allocate(name), Voice::deallocate);
        });
    }

    private static void checkVoiceExists(String name) {
        synchronized (ALLOCATION) {
            if (VoiceManager.getInstance().getVoice(name) == null) {
                String known = Arrays.stream(VoiceManager.getInstance().getVoices()).map(Voice::getName).toList()
                        .toString();
                throw new IllegalArgumentException("unknown FreeTTS voice '" + name + "': known voices are " + known);
            }
        }
    }

    private static Voice allocate(String name) {
        synchronized (ALLOCATION) {
            long start = System.nanoTime();
            Voice voice = VoiceManager.getInstance().getVoice(name);
            voice.allocate();
            LOG.info("allocated FreeTTS voice {} in {} ms", name, (System.nanoTime() - start) / 1_000_000);
            return voice;
        }
    }

    @Override
    public void close() {
        pools.values().forEach(BoundedPool::close);
        pools.clear();
    }
}
