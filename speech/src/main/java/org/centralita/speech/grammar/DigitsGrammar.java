package org.centralita.speech.grammar;

import java.util.List;
import java.util.Optional;

/** A string of single digits, with the count bounded as the input node's min and max digits say. */
final class DigitsGrammar implements Grammar {

    static final int DEFAULT_MIN = 1;
    static final int DEFAULT_MAX = 16;
    private static final List<String> DIGIT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");

    private final int minDigits;
    private final int maxDigits;

    DigitsGrammar(int minDigits, int maxDigits) {
        if (minDigits < 1 || maxDigits < minDigits || maxDigits > 32) {
            throw new IllegalArgumentException("digits grammar needs 1 <= min-digits <= max-digits <= 32, got "
                    + minDigits + ".." + maxDigits);
        }
        this.minDigits = minDigits;
        this.maxDigits = maxDigits;
    }

    @Override
    public String key() {
        return "digits:" + minDigits + "-" + maxDigits;
    }

    @Override
    public boolean digitString() {
        return true;
    }

    /** "one two three", "1 2 3", "123" and "oh" for zero all give "123"-style digit strings. */
    @Override
    public Optional<Interpretation> interpret(String words) {
        StringBuilder digits = new StringBuilder();
        for (String token : Words.tokens(words)) {
            if (token.matches("\\d+")) {
                digits.append(token);
            } else if (token.equals("oh")) {
                digits.append('0');
            } else if (DIGIT_WORDS.contains(token)) {
                digits.append(DIGIT_WORDS.indexOf(token));
            } else {
                return Optional.empty();
            }
        }
        int count = digits.length();
        return count >= minDigits && count <= maxDigits
                ? Optional.of(new Interpretation(digits.toString(), Words.normalize(words)))
                : Optional.empty();
    }

    /**
     * Exactly min..max digits; the optional tail is nested so the search graph stays a chain.
     * "oh" is left out of the recognizer's choices (a short vowel that noise easily becomes);
     * typed or simulated words may still use it.
     */
    @Override
    public String toJsgf(String grammarName) {
        StringBuilder expansion = new StringBuilder();
        for (int i = 0; i < minDigits; i++) {
            expansion.append(i == 0 ? "" : " ").append("<digit>");
        }
        int optional = maxDigits - minDigits;
        for (int i = 0; i < optional; i++) {
            expansion.append(" [<digit>");
        }
        expansion.append("]".repeat(optional));
        return Jsgf.grammar(grammarName)
                .rule("<digit> = " + Jsgf.alternatives(DIGIT_WORDS) + ";")
                .publicRule("digits", expansion.toString())
                .toString();
    }
}
