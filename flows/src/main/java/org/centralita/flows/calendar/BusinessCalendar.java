package org.centralita.flows.calendar;

import java.time.Instant;

/** Opening hours, holidays and overrides of a contact center, in its own time zone. */
public interface BusinessCalendar {

    /** The calendar's id (its file name's stem). */
    String id();

    /** Whether the center is open, closed, or on holiday at {@code instant}. */
    CalendarState stateAt(Instant instant);
}
