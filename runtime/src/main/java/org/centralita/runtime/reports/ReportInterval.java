package org.centralita.runtime.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The length of the rows of an interval report, in the contact center's time zone. */
public enum ReportInterval {
    QUARTER("15m"), HOUR("hour"), DAY("day");

    /** Every zone's offset is a whole number of quarter hours: the store groups by these. */
    static final int BUCKET_SECONDS = 900;

    private final String label;

    ReportInterval(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
