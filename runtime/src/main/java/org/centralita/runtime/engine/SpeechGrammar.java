package org.centralita.runtime.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a caller may say at one wait: a menu's phrases, or a built-in grammar. */
public sealed interface SpeechGrammar {

    /** Phrases by the value they stand for (a menu key, a language, a phrase itself). */
    record Phrases(Map<String, List<String>> byValue) implements SpeechGrammar {
        public Phrases {
            byValue = Collections.unmodifiableMap(new LinkedHashMap<>(byValue));
        }
    }

    /** {@code digits}, {@code number}, {@code yes-no}, {@code date} or {@code money}. */
    record BuiltIn(String name, int minDigits, int maxDigits) implements SpeechGrammar {
    }
}
