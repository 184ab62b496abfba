package org.centralita.speech.tts;

import java.util.List;

/** Spells numbers the way an American announcer reads them: cardinals, ordinals, years and digit strings. */
final class NumberSpeller {

    private static final List<String> BELOW_TWENTY = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");
    private static final List<String> SCALES = List.of("", " thousand", " million", " billion");
    private static final List<String> IRREGULAR_ORDINALS = List.of("zeroth", "first", "second", "third", "fourth",
            "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");

    private NumberSpeller() {
    }

    /** 1234 becomes "one thousand two hundred thirty-four". */
    static String cardinal(long number) {
        if (number < 0) {
            return "minus " + cardinal(-number);
        }
        if (number < 1000) {
            return belowThousand((int) number);
        }
        StringBuilder words = new StringBuilder();
        long remaining = number;
        for (int scale = 0; remaining > 0; scale++) {
            int group = (int) (remaining % 1000);
            if (group > 0) {
                String part = belowThousand(group) + SCALES.get(scale);
                words.insert(0, words.length() == 0 ? part : part + " ");
            }
            remaining /= 1000;
        }
        return words.toString();
    }

    private static String belowThousand(int number) {
        if (number < 20) {
            return BELOW_TWENTY.get(number);
        }
        if (number < 100) {
            return TENS.get(number / 10) + (number % 10 == 0 ? "" : "-" + BELOW_TWENTY.get(number % 10));
        }
        return BELOW_TWENTY.get(number / 100) + " hundred" + (number % 100 == 0 ? "" : " " + belowThousand(number % 100));
    }

    /** 25 becomes "twenty-fifth". */
    static String ordinal(int number) {
        int lastTwo = number % 100;
        if (number > 100 && lastTwo != 0) {
            return cardinal(number - lastTwo) + " " + ordinal(lastTwo);
        }
        if (number <= 12) {
            return IRREGULAR_ORDINALS.get(number);
        }
        if (number > 20 && number < 100 && number % 10 != 0) {
            return TENS.get(number / 10) + "-" + IRREGULAR_ORDINALS.get(number % 10);
        }
        String cardinal = cardinal(number);
        return cardinal.endsWith("y") ? cardinal.substring(0, cardinal.length() - 1) + "ieth" : cardinal + "th";
    }

    /** 2026 becomes "twenty twenty-six", 1905 "nineteen oh five", 2000 "two thousand". */
    static String year(int year) {
        int century = year / 100;
        int rest = year % 100;
        if (year < 1100 || year % 1000 < 10 || year >= 10000) {
            return cardinal(year);
        }
        if (rest == 0) {
            return cardinal(century) + " hundred";
        }
        return cardinal(century) + (rest < 10 ? " oh " : " ") + cardinal(rest);
    }

    /** "0412" becomes "zero four one two". */
    static String digits(String digits) {
        StringBuilder words = new StringBuilder();
        for (char digit : digits.toCharArray()) {
            words.append(words.length() == 0 ? "" : " ").append(BELOW_TWENTY.get(digit - '0'));
        }
        return words.toString();
    }
}
