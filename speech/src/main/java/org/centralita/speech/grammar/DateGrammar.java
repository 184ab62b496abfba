package org.centralita.speech.grammar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A calendar date said as "december twenty fifth [twenty twenty six]" or "the twenty fifth of december".
 * With a year the value is an ISO date ("2026-12-25"); without one it is an ISO month-day ("--12-25"),
 * and choosing the year (for example the next occurrence) is left to the caller, who knows the call's clock.
 */
final class DateGrammar implements Grammar {

    private static final List<String> MONTHS = List.of(Month.values()).stream()
            .map(month -> month.name().toLowerCase(Locale.ROOT)).toList();

    @Override
    public String key() {
        return "date";
    }

    @Override
    public Optional<Interpretation> interpret(String words) {
        String normalized = Words.normalize(words);
        Optional<String> iso = isoDate(words);
        if (iso.isPresent()) {
            return iso.map(value -> new Interpretation(value, normalized));
        }
        List<String> tokens = new ArrayList<>(Words.tokens(words));
        if (!tokens.isEmpty() && tokens.get(0).equals("the")) {
            tokens.remove(0);
        }
        int monthAt = Words.indexOfAny(tokens, MONTHS);
        if (monthAt < 0) {
            return Optional.empty();
        }
        Month month = Month.of(MONTHS.indexOf(tokens.get(monthAt)) + 1);
        Optional<String> value = monthAt == 0
                ? dayThenYear(month, tokens.subList(1, tokens.size()))
                : dayOfMonth(month, tokens, monthAt);
        return value.map(v -> new Interpretation(v, normalized));
    }

    private static Optional<String> isoDate(String words) {
        try {
            return Optional.of(LocalDate.parse(words == null ? "" : words.trim()).toString());
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }

    /** "twenty fifth of december [year]": the day comes before "of" and the month. */
    private static Optional<String> dayOfMonth(Month month, List<String> tokens, int monthAt) {
        if (monthAt < 2 || !tokens.get(monthAt - 1).equals("of")) {
            return Optional.empty();
        }
        OptionalInt day = NumberWords.ordinal(tokens.subList(0, monthAt - 1));
        return day.isPresent() ? format(month, day.getAsInt(), yearOf(tokens.subList(monthAt + 1, tokens.size())))
                : Optional.empty();
    }

    /** "december twenty fifth [year]": try each split of the rest into a day and a year. */
    private static Optional<String> dayThenYear(Month month, List<String> rest) {
        for (int dayEnd = Math.min(rest.size(), 3); dayEnd >= 1; dayEnd--) {
            OptionalInt day = NumberWords.ordinal(rest.subList(0, dayEnd));
            Optional<OptionalInt> year = yearOf(rest.subList(dayEnd, rest.size()));
            if (day.isPresent() && year.isPresent()) {
                Optional<String> value = format(month, day.getAsInt(), year);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    /** Empty optional when the words are no year; an empty OptionalInt when no year was said. */
    private static Optional<OptionalInt> yearOf(List<String> tokens) {
        if (tokens.isEmpty()) {
            return Optional.of(OptionalInt.empty());
        }
        OptionalInt year = NumberWords.year(tokens);
        return year.isPresent() ? Optional.of(year) : Optional.empty();
    }

    private static Optional<String> format(Month month, int day, Optional<OptionalInt> year) {
        if (year.isEmpty()) {
            return Optional.empty();
        }
        try {
            MonthDay monthDay = MonthDay.of(month, day);
            return Optional.of(year.get().isPresent()
                    ? LocalDate.of(year.get().getAsInt(), month, day).toString()
                    : monthDay.toString());
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    @Override
    public String toJsgf(String grammarName) {
        return Jsgf.grammar(grammarName).rules(Jsgf.CARDINAL_RULES)
                .rule("<month> = " + Jsgf.alternatives(MONTHS) + ";")
                .rule("<ordinalunit> = " + Jsgf.alternatives(NumberWords.ORDINAL_UNITS) + ";")
                .rule("<ordinal> = <ordinalunit> | " + Jsgf.alternatives(NumberWords.ORDINAL_TEENS)
                        + " | twentieth | twenty <ordinalunit> | thirtieth | thirty first;")
                .rule("<year> = two thousand [[and] <below100>] | (nineteen | twenty) (<teen> | <tens> [<unit>] | oh <unit>);")
                .publicRule("date", "<month> <ordinal> [<year>] | [the] <ordinal> of <month> [<year>]")
                .toString();
    }
}
