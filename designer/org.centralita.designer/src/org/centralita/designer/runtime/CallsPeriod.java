package org.centralita.designer.runtime;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.centralita.designer.Messages;

/**
 * The period whose calls the overlay shows, as the reports API takes it: {@code from} and
 * {@code to} each a day ({@code 2026-12-07}, whole days), a local time or a time with an offset.
 *
 * @param label how the period is named on screen
 */
public record CallsPeriod(String from, String to, String label) {

    /** The last {@code days} days up to now (1: the last day, the overlay's default). */
    public static CallsPeriod lastDays(int days, Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        return new CallsPeriod(now.minusDays(days).toString(), now.toString(),
                days == 1 ? Messages.Period_lastDay : Messages.bind(Messages.Period_lastDays, days));
    }

    /** A period the analyst typed; the runtime checks it and names what is wrong. */
    public static CallsPeriod between(String from, String to) {
        return new CallsPeriod(from.strip(), to.strip(), Messages.bind(Messages.Period_between, from.strip(), to.strip()));
    }
}
