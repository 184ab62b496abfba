package org.centralita.speech.tts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.support.BoundedMemo;

/**
 * Text-to-speech that speaks each language with the engine and voice chosen for it (FreeTTS's
 * kevin16 for English, espeak-ng for the languages FreeTTS lacks), behind the one interface the
 * prompt cache and the channels use. The most specific route wins ("es-MX" before "es" before
 * "*"; of two equally specific routes the first given), and only a route whose engine really
 * speaks the language counts.
 */
public final class LanguageVoices implements TextToSpeech, AutoCloseable {

    /** Any language: the route of last resort. */
    public static final String ANY = "*";
    private static final String BY_LANGUAGE = "by-language";
    /** How many language tags' routes (and engines' answers) are remembered before they are forgotten. */
    static final int TAGS_KEPT = 1_000;

    /**
     * One language's engine and voice.
     *
     * @param language a language tag or its prefix ("es", "es-MX"), or {@link #ANY}
     * @param voice the engine's voice, or null for the engine's own default
     */
    public record Route(String language, TextToSpeech engine, String voice) {
        boolean matches(String tag) {
            String wanted = language.toLowerCase(Locale.ROOT);
            String lower = tag.toLowerCase(Locale.ROOT);
            return language.equals(ANY) || lower.equals(wanted) || lower.startsWith(wanted + "-");
        }

        private int specificity() {
            return language.equals(ANY) ? -1 : language.length();
        }
    }

    private final List<Route> routes;
    private final Runnable onClose;
    /** The route of each language tag asked for: chosen once per tag, not per prompt played. */
    private final BoundedMemo<String, Optional<Route>> chosen = new BoundedMemo<>(TAGS_KEPT);

    /** @param onClose closes the engines this owns */
    public LanguageVoices(List<Route> routes, Runnable onClose) {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingInt(Route::specificity).reversed());
        this.routes = List.copyOf(sorted);
        this.onClose = onClose;
    }

    /** The route that speaks {@code language}, if any. */
    public Optional<Route> route(String language) {
        if (language == null) {
            return Optional.empty();
        }
        return chosen.get(language, tag -> routes.stream().filter(r -> r.matches(tag) && r.engine().supports(tag)).findFirst());
    }

    @Override
    public boolean supports(String language) {
        return route(language).isPresent();
    }

    @Override
    public String defaultVoice() {
        return BY_LANGUAGE;
    }

    @Override
    public String voiceId(String voice, String language) {
        return route(language).map(r -> r.engine().voiceId(voiceOf(r, voice), language))
                .orElse(getClass().getSimpleName() + "/" + voice);
    }

    @Override
    public void stream(String text, String language, String voice, Consumer<SpeechAudio> chunks) {
        Route route = route(language).orElseThrow(() -> new IllegalArgumentException(
                "no text-to-speech voice speaks language '" + language + "': play a recording instead"));
        route.engine().stream(text, language, voiceOf(route, voice), chunks);
    }

    /** A voice asked for by name goes to the language's engine; none (or the default) is the route's own. */
    private static String voiceOf(Route route, String voice) {
        return voice == null || voice.equals(BY_LANGUAGE) ? route.voice() : voice;
    }

    @Override
    public void close() {
        onClose.run();
    }
}
