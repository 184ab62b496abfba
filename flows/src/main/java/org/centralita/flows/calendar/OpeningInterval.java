package org.centralita.flows.calendar;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of wall-clock time within one day, {@code HH:MM-HH:MM}, start included, end excluded;
 * {@code 24:00} as the end means midnight at the end of the day.
 *
 * @param startSecond seconds after midnight when the interval opens
 * @param endSecond seconds after midnight when it closes (86,400 for 24:00)
 */
record OpeningInterval(int startSecond, int endSecond) {

    private static final int DAY = 24 * 3600;
    private static final Pattern FORM = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

    /** Whether the wall-clock time {@code time} falls inside. */
    boolean contains(LocalTime time) {
        int second = time.toSecondOfDay();
        return second >= startSecond && second < endSecond;
    }

    /**
     * Parses {@code HH:MM-HH:MM}.
     *
     * @return the interval, or empty with the reason in {@code why[0]}
     */
    static Optional<OpeningInterval> parse(String text, String[] why) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            why[0] = "'" + text + "' is not an interval; write it as HH:MM-HH:MM, for example 08:00-20:00";
            return Optional.empty();
        }
        int start = seconds(m.group(1), m.group(2));
        int end = seconds(m.group(3), m.group(4));
        if (start < 0 || start >= DAY || end < 0) {
            why[0] = "'" + text + "' has a time that does not exist (00:00 to 23:59, and 24:00 as an end)";
            return Optional.empty();
        }
        if (end <= start) {
            why[0] = "'" + text + "' ends before it starts; split a night across two days, "
                    + "for example fri: [22:00-24:00] and sat: [00:00-02:00]";
            return Optional.empty();
        }
        return Optional.of(new OpeningInterval(start, end));
    }

    /** Seconds after midnight, or -1 when the time does not exist; 24:00 is allowed. */
    private static int seconds(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (m > 59 || h > 24 || (h == 24 && m != 0)) {
            return -1;
        }
        return h * 3600 + m * 60;
    }
}
