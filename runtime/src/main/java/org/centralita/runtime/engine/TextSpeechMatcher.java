package org.centralita.runtime.engine;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Matches words given as text, with no recognizer: phrases case- and punctuation-insensitively
 * (the whole phrase, or said inside the words), digits and numbers written or spoken one word per
 * digit, yes and no. Confidence is always 1: the words are known.
 */
public final class TextSpeechMatcher implements SpeechMatcher {

    private static final Map<String, String> DIGIT_WORDS = Map.ofEntries(
            Map.entry("zero", "0"), Map.entry("oh", "0"), Map.entry("one", "1"), Map.entry("two", "2"),
            Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
            Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("cero", "0"), Map.entry("uno", "1"), Map.entry("dos", "2"), Map.entry("tres", "3"),
            Map.entry("cuatro", "4"), Map.entry("cinco", "5"), Map.entry("seis", "6"), Map.entry("siete", "7"),
            Map.entry("ocho", "8"), Map.entry("nueve", "9"));
    private static final List<String> YES = List.of("yes", "yeah", "yep", "correct", "right", "sure", "si", "vale");
    private static final List<String> NO = List.of("no", "nope", "wrong", "incorrect");

    @Override
    public Optional<SpeechMatch> match(String words, SpeechGrammar grammar) {
        String said = normalize(words);
        if (said.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> value;
        if (grammar instanceof SpeechGrammar.Phrases phrases) {
            value = phrase(said, phrases.byValue());
        } else {
            value = builtIn(said, (SpeechGrammar.BuiltIn) grammar);
        }
        return value.map(v -> new SpeechMatch(v, said, 1.0));
    }

    @Override
    public Optional<SpeechMatch> recognize(Path audio, SpeechGrammar grammar) {
        throw new SpeechUnavailableException();
    }

    @Override
    public boolean recognizesAudio() {
        return false;
    }

    /** The exact phrase first, else the longest phrase said inside the words. */
    private static Optional<String> phrase(String said, Map<String, List<String>> byValue) {
        String padded = " " + said + " ";
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, List<String>> entry : byValue.entrySet()) {
            for (String phrase : entry.getValue()) {
                String p = normalize(phrase);
                if (p.equals(said)) {
                    return Optional.of(entry.getKey());
                }
                if (!p.isEmpty() && padded.contains(" " + p + " ") && p.length() > bestLength) {
                    best = entry.getKey();
                    bestLength = p.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> builtIn(String said, SpeechGrammar.BuiltIn grammar) {
        return switch (grammar.name()) {
            case "yes-no" -> YES.contains(said) ? Optional.of("yes") : NO.contains(said) ? Optional.of("no") : Optional.empty();
            case "digits" -> digits(said).filter(d -> d.length() >= grammar.minDigits() && d.length() <= grammar.maxDigits());
            case "number" -> digits(said).map(d -> d.replaceFirst("^0+(?=.)", ""));
            default -> Optional.of(said);
        };
    }

    private static Optional<String> digits(String said) {
        StringBuilder digits = new StringBuilder();
        for (String word : said.split(" ")) {
            if (word.matches("[0-9]+")) {
                digits.append(word);
            } else if (DIGIT_WORDS.containsKey(word)) {
                digits.append(DIGIT_WORDS.get(word));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(digits.toString());
    }

    /** Lower case, accents and punctuation removed, single spaces. */
    static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
