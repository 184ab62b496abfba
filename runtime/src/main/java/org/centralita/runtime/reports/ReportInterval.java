package org.centralita.runtime.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The length of the rows of an interval report, in the contact center's time zone. */
public enum ReportInterval {
    QUARTER("15m", 900), HOUR("hour", 3600), DAY("day", 86_400);

    /** Every zone's offset is a whole number of quarter hours: the store groups by these. */
    static final int BUCKET_SECONDS = 900;

    private final String label;
    private final long seconds;

    ReportInterval(String label, long seconds) {
        this.label = label;
        this.seconds = seconds;
    }

    public String label() {
        return label;
    }

    /** The length in local time (a day of 23 or 25 hours at a transition is still one local day). */
    long seconds() {
        return seconds;
    }

    /** The start of the interval that holds {@code instant}, in {@code zone}. */
    public ZonedDateTime startOf(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return switch (this) {
            case QUARTER -> local.truncatedTo(ChronoUnit.HOURS).plusMinutes(local.getMinute() / 15 * 15L);
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
            case DAY -> local.toLocalDate().atStartOfDay(zone);
        };
    }

    /** {@code 15m}, {@code hour} or {@code day} (also {@code quarter}, {@code 15min}). */
    public static ReportInterval parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "15m", "15min", "quarter" -> QUARTER;
            case "hour", "1h", "60m" -> HOUR;
            case "day", "1d" -> DAY;
            default -> throw new IllegalArgumentException("unknown interval '" + text + "': use 15m, hour or day");
        };
    }
}
