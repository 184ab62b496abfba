package org.centralita.runtime.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code --from}/{@code --to} (and {@code ?from=&to=}) of a report: a day
 * ({@code 2026-12-05}, the whole day in the contact center's zone: {@code --to} includes it), a
 * local time ({@code 2026-12-05T09:00}) or an instant with an offset. Both left out: today.
 */
public final class PeriodParser {

    private final ZoneId zone;
    private final Clock clock;

    public PeriodParser(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    /** The period from {@code from} to {@code to} (either may be null). */
    public ReportPeriod parse(String from, String to) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant start = blank(from) ? today.atStartOfDay(zone).toInstant() : instant(from, "from", false);
        Instant end;
        if (blank(to)) {
            end = blank(from) ? today.plusDays(1).atStartOfDay(zone).toInstant()
                    : start.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        } else {
            end = instant(to, "to", true);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the report period must end after it begins: from " + from + " to " + to);
        }
        return new ReportPeriod(start, end, zone, null, null);
    }

    private Instant instant(String text, String which, boolean endOfDay) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--" + which + " '" + value + "' is not a date (2026-12-05),"
                    + " a local time (2026-12-05T09:00) or a time with offset (2026-12-05T09:00:00+01:00)", e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
