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

    /**
     * The last {@code days} days up to now (1: the last day, the overlay's default). The reports
     * take {@code to} as exclusive and in whole seconds, so it is the next whole second: a call
     * that started in the current second is in the period (it was not, and the overlay missed the
     * calls just made).
     */
    public static CallsPeriod lastDays(int days, Clock clock) {
        OffsetDateTime end = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return new CallsPeriod(end.minusDays(days).toString(), end.toString(),
                days == 1 ? Messages.Period_lastDay : Messages.bind(Messages.Period_lastDays, days));
    }

    /** A period the analyst typed; the runtime checks it and names what is wrong. */
    public static CallsPeriod between(String from, String to) {
        return new CallsPeriod(from.strip(), to.strip(), Messages.bind(Messages.Period_between, from.strip(), to.strip()));
    }
}
