package org.centralita.flows.calendar;

/** What a calendar says about a moment. */
public enum CalendarState {
    OPEN, CLOSED, HOLIDAY
}
