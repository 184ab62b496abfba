package org.centralita.flows.executable;

import org.centralita.flows.calendar.BusinessCalendar;

/** Routes by a calendar; {@code holiday} is {@code closed} when the flow leaves it out. */
public record HoursNode(String id, String calendarId, BusinessCalendar calendar, String open,
                        String closed, String holiday, String error) implements ExecutableNode {
}
