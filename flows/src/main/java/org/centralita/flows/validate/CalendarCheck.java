package org.centralita.flows.validate;

import java.nio.file.Path;
import java.util.List;

/** Reads a calendar file ({@code calendars/ID.yaml}) and says what is wrong with it, if anything. */
@FunctionalInterface
public interface CalendarCheck {

    /** The problems of the calendar file, positioned in that file; empty when it reads well. */
    List<Problem> check(Path calendarFile);
}
