package org.centralita.flows.calendar;

import java.time.Instant;

/**
 * A holiday or an override: a span of time and the state it imposes.
 *
 * @param from the first instant it covers
 * @param to the first instant it no longer covers
 */
record CalendarPeriod(String name, Instant from, Instant to, CalendarState state) {

    boolean covers(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
