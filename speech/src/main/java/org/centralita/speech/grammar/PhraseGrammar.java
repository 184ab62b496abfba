package org.centralita.speech.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A grammar of fixed phrases, each standing for a tag such as a menu option's key. */
final class PhraseGrammar implements Grammar {

    // Normalized phrase -> tag, in declaration order so JSGF and keys are stable.
    private final Map<String, String> tagByPhrase = new LinkedHashMap<>();

    PhraseGrammar(Map<String, List<String>> phrasesByTag) {
        if (phrasesByTag == null || phrasesByTag.isEmpty()) {
            throw new IllegalArgumentException("grammar has no phrases: give at least one phrase for one tag");
        }
        phrasesByTag.forEach((tag, phrases) -> {
            for (String phrase : phrases == null ? List.<String>of() : phrases) {
                String normalized = Words.normalize(phrase);
                if (normalized.isEmpty()) {
                    throw new IllegalArgumentException("phrase '" + phrase + "' of tag '" + tag + "' has no words");
                }
                tagByPhrase.putIfAbsent(normalized, tag);
            }
        });
        if (tagByPhrase.isEmpty()) {
            throw new IllegalArgumentException("grammar has no phrases: every tag's phrase list is empty");
        }
    }

    @Override
    public String key() {
        return "phrases:" + new TreeMap<>(tagByPhrase);
    }

    /** Exact phrase first; otherwise the longest phrase said inside the words ("I want billing please"). */
    @Override
    public Optional<Interpretation> interpret(String words) {
        String normalized = Words.normalize(words);
        String exact = tagByPhrase.get(normalized);
        if (exact != null) {
            return Optional.of(new Interpretation(exact, normalized));
        }
        String padded = " " + normalized + " ";
        return tagByPhrase.keySet().stream()
                .filter(phrase -> padded.contains(" " + phrase + " "))
                .max((a, b) -> Integer.compare(a.length(), b.length()))
                .map(phrase -> new Interpretation(tagByPhrase.get(phrase), phrase));
    }

    /**
     * Alternatives in sorted order, as in {@link #key()}: the order the caller's map gave (Map.of
     * differs from JVM to JVM) changed Sphinx4's scores, and a file named by the key must not
     * depend on which process wrote it first.
     */
    @Override
    public String toJsgf(String grammarName) {
        return Jsgf.grammar(grammarName).publicRule("phrase", Jsgf.alternatives(new ArrayList<>(
                new TreeMap<>(tagByPhrase).keySet()))).toString();
    }
}
