package org.centralita.speech.tts;

import java.util.function.Consumer;
import org.centralita.speech.audio.SpeechAudio;

/** Speaks prompt text as audio; callers check {@link #supports(String)} and fall back to recordings. */
public interface TextToSpeech {

    /** Whether some voice speaks this language (a BCP 47 tag such as "en-US"). */
    boolean supports(String language);

    /** The voice used when a prompt names none. */
    String defaultVoice();

    /** Names a voice by what makes its audio differ, for cache keys: the engine and voice name. */
    default String voiceId(String voice) {
        return getClass().getSimpleName() + "/" + (voice == null ? defaultVoice() : voice);
    }

    /** The voice id of prompts in {@code language}, for engines whose voice depends on it. */
    default String voiceId(String voice, String language) {
        return voiceId(voice);
    }

    /**
     * Synthesizes {@code text}, handing audio to {@code chunks} as soon as each piece is made, so a
     * player can start before the whole prompt is ready. A null voice means the default voice.
     */
    void stream(String text, String language, String voice, Consumer<SpeechAudio> chunks);

    /** Synthesizes the whole prompt. */
    default SpeechAudio synthesize(String text, String language, String voice) {
        AudioCollector collector = new AudioCollector();
        stream(text, language, voice, collector);
        return collector.audio();
    }
}
