package org.centralita.flows.calendar;

import org.centralita.flows.validate.DidYouMean;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads the day keys of a calendar's {@code weekly:} section: {@code mon}, {@code mon-fri}, {@code mon,wed}. */
final class DayKeys {

    /** The day names in the order of {@link DayOfWeek}. */
    static final List<String> NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private DayKeys() {
    }

    /**
     * The days a key names. A range may wrap over the week's end ({@code fri-mon}).
     *
     * @throws IllegalArgumentException naming the part that is not a day, with a suggestion
     */
    static Set<DayOfWeek> parse(String key) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : key.split(",")) {
            String[] ends = part.trim().split("-", -1);
            if (ends.length > 2) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not a day or a range of days (mon-fri)");
            }
            DayOfWeek first = day(ends[0]);
            DayOfWeek last = ends.length == 2 ? day(ends[1]) : first;
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                days.add(d);
                if (d == last) {
                    break;
                }
            }
        }
        return days;
    }

    static String name(DayOfWeek day) {
        return NAMES.get(day.ordinal());
    }

    private static DayOfWeek day(String text) {
        String name = text.trim().toLowerCase(java.util.Locale.ROOT);
        int index = NAMES.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("unknown day '" + text.trim() + "'"
                    + DidYouMean.suggest(name, NAMES) + "; days are mon, tue, wed, thu, fri, sat, sun");
        }
        return DayOfWeek.of(index + 1);
    }
}
