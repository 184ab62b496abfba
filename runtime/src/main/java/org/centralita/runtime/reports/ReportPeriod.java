package org.centralita.runtime.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a report covers: calls that started in [{@code from}, {@code to}), read in the contact
 * center's time zone (intervals and days begin at its midnight), optionally one queue or one flow.
 */
public record ReportPeriod(Instant from, Instant to, ZoneId zone, String queue, String flow) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the report period must end after it begins: " + from + " .. " + to);
        }
    }

    /** The days {@code first} to {@code last}, both included, in {@code zone}. */
    public static ReportPeriod days(LocalDate first, LocalDate last, ZoneId zone) {
        return new ReportPeriod(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant(),
                zone, null, null);
    }

    /** Whether both ends fall on quarter hours (of UTC, hence of every zone): the report sums cover it exactly. */
    public boolean onQuarterHours() {
        return from.getNano() == 0 && to.getNano() == 0 && from.getEpochSecond() % ReportInterval.BUCKET_SECONDS == 0
                && to.getEpochSecond() % ReportInterval.BUCKET_SECONDS == 0;
    }

    public ReportPeriod withQueue(String newQueue) {
        return new ReportPeriod(from, to, zone, blankToNull(newQueue), flow);
    }

    public ReportPeriod withFlow(String newFlow) {
        return new ReportPeriod(from, to, zone, queue, blankToNull(newFlow));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
