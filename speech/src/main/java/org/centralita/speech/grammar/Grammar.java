package org.centralita.speech.grammar;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a caller may say at one point of a call, and what each utterance means. */
public interface Grammar {

    /** Built-in grammar names accepted by {@link #builtin(String, int, int)}. */
    List<String> BUILTIN_NAMES = List.of("digits", "yes-no", "number", "date", "money");

    /** A stable identity: two grammars with the same key accept the same language (used to reuse compiled grammars). */
    String key();

    /** Maps recognized or typed words to a value; empty when the words are not in this grammar. */
    Optional<Interpretation> interpret(String words);

    /** This grammar in JSGF, the form Sphinx4 compiles; {@code grammarName} must be a Java-like identifier. */
    String toJsgf(String grammarName);

    /** Every word the recognizer may hear with this grammar (to check them against its dictionary). */
    default java.util.SortedSet<String> words() {
        return Jsgf.words(toJsgf("vocabulary"));
    }

    /** Whether this grammar accepts strings of digit words only (the built-in {@code digits}). */
    default boolean digitString() {
        return false;
    }

    /** A grammar of phrases by tag, e.g. menu key "1" to ["billing", "pay my bill"]. */
    static Grammar phrases(Map<String, List<String>> phrasesByTag) {
        return new PhraseGrammar(phrasesByTag);
    }

    /** A built-in grammar by name; the digit bounds apply to {@code digits} only. */
    static Grammar builtin(String name, int minDigits, int maxDigits) {
        String normalized = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "digits" -> new DigitsGrammar(minDigits, maxDigits);
            case "yes-no" -> new YesNoGrammar();
            case "number" -> new NumberGrammar();
            case "date" -> new DateGrammar();
            case "money" -> new MoneyGrammar();
            default -> throw new IllegalArgumentException("unknown built-in grammar '" + name
                    + "': expected one of " + String.join(", ", BUILTIN_NAMES));
        };
    }

    /** A built-in grammar by name with the default digit bounds (1 to 16 digits). */
    static Grammar builtin(String name) {
        return builtin(name, DigitsGrammar.DEFAULT_MIN, DigitsGrammar.DEFAULT_MAX);
    }
}
