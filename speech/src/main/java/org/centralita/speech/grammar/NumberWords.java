package org.centralita.speech.grammar;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Reads English number words ("two hundred forty five", "twenty fifth") as values. */
final class NumberWords {

    static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen");
    static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    static final List<String> ORDINAL_UNITS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth");
    static final List<String> ORDINAL_TEENS = List.of("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    static final Map<String, Integer> ORDINAL_TENS = Map.of("twentieth", 20, "thirtieth", 30);
    private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L);

    private enum Last { NONE, UNIT, TEEN, TENS, HUNDRED, SCALE, AND }

    private NumberWords() {
    }

    /** The value of a whole cardinal phrase, or empty when the tokens are not exactly one number. */
    static OptionalLong cardinal(List<String> tokens) {
        if (tokens.size() == 1 && tokens.get(0).matches("\\d+")) {
            return OptionalLong.of(Long.parseLong(tokens.get(0)));
        }
        if (tokens.size() == 1 && tokens.get(0).equals("zero")) {
            return OptionalLong.of(0);
        }
        return words(tokens);
    }

    private static OptionalLong words(List<String> tokens) {
        long total = 0;
        long current = 0;
        long lastScale = Long.MAX_VALUE;
        Last last = Last.NONE;
        for (String token : tokens) {
            int unit = UNITS.indexOf(token) + 1;
            int teen = TEENS.indexOf(token);
            int tens = TENS.indexOf(token);
            if (unit > 0 && (last == Last.NONE || last == Last.TENS || last == Last.HUNDRED
                    || last == Last.SCALE || last == Last.AND)) {
                current += unit;
                last = Last.UNIT;
            } else if ((teen >= 0 || tens >= 0) && (last == Last.NONE || last == Last.HUNDRED
                    || last == Last.SCALE || last == Last.AND)) {
                current += teen >= 0 ? 10 + teen : 20 + 10L * tens;
                last = tens >= 0 ? Last.TENS : Last.TEEN;
            } else if (token.equals("a") && last == Last.NONE) {
                current = 1;
                last = Last.UNIT;
            } else if (token.equals("hundred") && (last == Last.UNIT || last == Last.TEEN) && current % 100 < 100) {
                current = current * 100;
                last = Last.HUNDRED;
            } else if (SCALES.containsKey(token) && current > 0 && SCALES.get(token) < lastScale
                    && last != Last.AND) {
                lastScale = SCALES.get(token);
                total += current * lastScale;
                current = 0;
                last = Last.SCALE;
            } else if (token.equals("and") && (last == Last.HUNDRED || last == Last.SCALE)) {
                last = Last.AND;
            } else {
                return OptionalLong.empty();
            }
        }
        return last == Last.NONE || last == Last.AND ? OptionalLong.empty() : OptionalLong.of(total + current);
    }

    /** The value of an ordinal day phrase ("first", "twenty fifth", "25 th", "25"), or empty. */
    static OptionalInt ordinal(List<String> tokens) {
        if (tokens.isEmpty()) {
            return OptionalInt.empty();
        }
        if (tokens.get(0).matches("\\d{1,2}") && (tokens.size() == 1
                || tokens.size() == 2 && List.of("st", "nd", "rd", "th").contains(tokens.get(1)))) {
            return OptionalInt.of(Integer.parseInt(tokens.get(0)));
        }
        String lastWord = tokens.get(tokens.size() - 1);
        int base = tokens.size() == 2 ? TENS.indexOf(tokens.get(0)) : -2;
        if (tokens.size() == 1) {
            return ordinalWord(lastWord);
        }
        int unit = ORDINAL_UNITS.indexOf(lastWord) + 1;
        return base >= 0 && unit > 0 ? OptionalInt.of(20 + 10 * base + unit) : OptionalInt.empty();
    }

    private static OptionalInt ordinalWord(String word) {
        if (ORDINAL_UNITS.contains(word)) {
            return OptionalInt.of(ORDINAL_UNITS.indexOf(word) + 1);
        }
        if (ORDINAL_TEENS.contains(word)) {
            return OptionalInt.of(ORDINAL_TEENS.indexOf(word) + 10);
        }
        return ORDINAL_TENS.containsKey(word) ? OptionalInt.of(ORDINAL_TENS.get(word)) : OptionalInt.empty();
    }

    /** A spoken year: "twenty twenty six", "nineteen oh five", "two thousand and six" or "2026". */
    static OptionalInt year(List<String> tokens) {
        OptionalLong whole = cardinal(tokens);
        if (whole.isPresent() && whole.getAsLong() >= 1000 && whole.getAsLong() <= 2999) {
            return OptionalInt.of((int) whole.getAsLong());
        }
        for (int split = 1; split < tokens.size(); split++) {
            OptionalLong century = cardinal(tokens.subList(0, split));
            OptionalLong rest = yearRest(tokens.subList(split, tokens.size()));
            if (century.isPresent() && century.getAsLong() >= 10 && century.getAsLong() <= 29 && rest.isPresent()) {
                return OptionalInt.of((int) (century.getAsLong() * 100 + rest.getAsLong()));
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalLong yearRest(List<String> tokens) {
        if (tokens.size() == 2 && tokens.get(0).equals("oh")) {
            OptionalLong unit = cardinal(tokens.subList(1, 2));
            return unit.isPresent() && unit.getAsLong() < 10 ? unit : OptionalLong.empty();
        }
        if (tokens.size() == 1 && tokens.get(0).equals("hundred")) {
            return OptionalLong.of(0);
        }
        OptionalLong value = cardinal(tokens);
        return value.isPresent() && value.getAsLong() >= 10 && value.getAsLong() <= 99 ? value : OptionalLong.empty();
    }
}
