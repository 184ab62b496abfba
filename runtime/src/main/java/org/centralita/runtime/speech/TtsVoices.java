package org.centralita.runtime.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centralita.speech.tts.EspeakNgSynthesizer;
import org.centralita.speech.tts.FreeTtsSynthesizer;
import org.centralita.speech.tts.LanguageVoices;
import org.centralita.speech.tts.TextToSpeech;

/**
 * Builds the runtime's text-to-speech from {@code speech.tts}: by default English ({@code en-*})
 * with FreeTTS's {@code tts.voice} (kevin16), every other language with espeak-ng when it is
 * installed; {@code tts.voices} names another engine or voice for a language ("es:
 * espeak-ng/es-419").
 */
public final class TtsVoices {

    public static final String FREETTS = "freetts";
    public static final String ESPEAK_NG = "espeak-ng";
    public static final List<String> ENGINES = List.of(FREETTS, ESPEAK_NG);

    private TtsVoices() {
    }

    /** The engine a {@code tts.voices} value names ("espeak-ng/es" -> espeak-ng), if it is one. */
    static Optional<String> engineOf(String choice) {
        String engine = choice.contains("/") ? choice.substring(0, choice.indexOf('/')) : choice;
        return ENGINES.contains(engine) ? Optional.of(engine) : Optional.empty();
    }

    /**
     * The voices: {@code englishVoice} for English, {@code voices} for the languages they name,
     * espeak-ng (when installed) for the rest. A language configured for espeak-ng on a machine
     * without it is an error, not a silent fallback.
     */
    public static LanguageVoices build(String englishVoice, Map<String, String> voices, int freeTtsVoices,
                                       Optional<EspeakNgSynthesizer> espeak) {
        FreeTtsSynthesizer freeTts = new FreeTtsSynthesizer(freeTtsVoices);
        // configured routes first: of two routes for the same language, the first one given wins
        List<LanguageVoices.Route> routes = new ArrayList<>();
        voices.forEach((language, choice) -> {
            String engine = engineOf(choice).orElseThrow(() -> new IllegalArgumentException(
                    "speech.tts.voices." + language + ": unknown engine in '" + choice + "'"));
            String voice = choice.contains("/") ? choice.substring(choice.indexOf('/') + 1) : null;
            TextToSpeech tts = engine.equals(FREETTS) ? freeTts : espeak.orElseThrow(() -> new IllegalArgumentException(
                    "speech.tts.voices." + language + " asks for espeak-ng, which is not installed here"
                            + " (Debian: apt-get install espeak-ng)"));
            routes.add(new LanguageVoices.Route(language, tts, voice));
        });
        routes.add(new LanguageVoices.Route("en", freeTts, englishVoice));
        espeak.ifPresent(engine -> routes.add(new LanguageVoices.Route(LanguageVoices.ANY, engine, null)));
        return new LanguageVoices(routes, freeTts::close);
    }
}
