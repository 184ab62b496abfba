package org.centralita.runtime.engine;

import java.util.Locale;
import java.util.Map;

/** What the engine says on its own when a flow gives no prompt: apologies and re-prompts. */
final class BuiltInPrompts {

    /** Said when a call fails and the flow has no error path: never dead air. */
    static final String APOLOGY = "apology";
    static final String NO_INPUT = "no-input";
    static final String NO_MATCH = "no-match";

    private static final Map<String, Map<String, String>> BY_LANGUAGE = Map.of(
            "en", Map.of(
                    APOLOGY, "Sorry, we cannot take your call right now. Goodbye.",
                    NO_INPUT, "Sorry, I did not hear you.",
                    NO_MATCH, "Sorry, I did not understand."),
            "es", Map.of(
                    APOLOGY, "Lo sentimos, no podemos atender su llamada en este momento. Adiós.",
                    NO_INPUT, "Perdone, no le he oído.",
                    NO_MATCH, "Perdone, no le he entendido."));

    private BuiltInPrompts() {
    }

    /** The built-in text in {@code language} (English when the language has none). */
    static String text(String key, String language) {
        String base = language == null ? "en" : language.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return BY_LANGUAGE.getOrDefault(base, BY_LANGUAGE.get("en")).get(key);
    }
}
