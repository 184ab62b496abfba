package org.centralita.speech.tts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites prompt text so a synthesizer reads numbers, money and dates as a person would:
 * "$12.50" as "twelve dollars and fifty cents", "2026-12-25" as "December twenty-fifth, twenty twenty-six".
 */
public final class TextNormalizer {

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONEY = Pattern.compile("\\$(\\d+)(?:\\.(\\d{2}))?\\b");
    private static final Pattern DECIMAL = Pattern.compile("\\b(\\d+)\\.(\\d+)\\b");
    private static final Pattern INTEGER = Pattern.compile("\\b\\d+\\b");
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("(?<=\\d),(?=\\d{3}\\b)");
    // Longer numbers (and those with a leading zero) are account or phone numbers: read digit by digit.
    private static final int MAX_CARDINAL_DIGITS = 9;

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String result = THOUSANDS_SEPARATOR.matcher(text).replaceAll("");
        result = replace(ISO_DATE, result, TextNormalizer::date);
        result = replace(MONEY, result, TextNormalizer::money);
        result = replace(DECIMAL, result, m -> number(m.group(1)) + " point " + NumberSpeller.digits(m.group(2)));
        return replace(INTEGER, result, m -> number(m.group()));
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> spell) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(spell.apply(match)));
    }

    private static String date(MatchResult match) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
                    Integer.parseInt(match.group(3)));
            return date.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " "
                    + NumberSpeller.ordinal(date.getDayOfMonth()) + ", " + NumberSpeller.year(date.getYear());
        } catch (DateTimeException notADate) {
            return match.group();
        }
    }

    private static String money(MatchResult match) {
        long dollars = Long.parseLong(match.group(1));
        int cents = match.group(2) == null ? 0 : Integer.parseInt(match.group(2));
        String dollarWords = NumberSpeller.cardinal(dollars) + (dollars == 1 ? " dollar" : " dollars");
        String centWords = NumberSpeller.cardinal(cents) + (cents == 1 ? " cent" : " cents");
        if (cents == 0) {
            return dollarWords;
        }
        return dollars == 0 ? centWords : dollarWords + " and " + centWords;
    }

    private static String number(String digits) {
        if (digits.length() > MAX_CARDINAL_DIGITS || digits.length() > 1 && digits.startsWith("0")) {
            return NumberSpeller.digits(digits);
        }
        return NumberSpeller.cardinal(Long.parseLong(digits));
    }
}
