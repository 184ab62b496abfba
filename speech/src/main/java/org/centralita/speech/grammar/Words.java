package org.centralita.speech.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns free text into comparable word tokens: lower case, punctuation dropped, numbers kept whole. */
final class Words {

    // Numbers keep their decimal point ("12.50") so money and digits can read them.
    private static final Pattern TOKEN = Pattern.compile("\\d+(?:\\.\\d+)?|[\\p{L}]+(?:'[\\p{L}]+)*");
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("(?<=\\d),(?=\\d{3})");

    private Words() {
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String cleaned = THOUSANDS_SEPARATOR.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        Matcher matcher = TOKEN.matcher(cleaned);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    static String normalize(String text) {
        return String.join(" ", tokens(text));
    }

    /** Position of the first token that is one of {@code words}, or -1. */
    static int indexOfAny(List<String> tokens, java.util.Collection<String> words) {
        for (int i = 0; i < tokens.size(); i++) {
            if (words.contains(tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
