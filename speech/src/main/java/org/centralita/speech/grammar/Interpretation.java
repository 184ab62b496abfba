package org.centralita.speech.grammar;

import java.util.Objects;

/** What a caller's words meant to a grammar: the value (a menu tag, digits, an ISO date...) and the words matched. */
public record Interpretation(String value, String words) {

    public Interpretation {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(words, "words");
    }
}
