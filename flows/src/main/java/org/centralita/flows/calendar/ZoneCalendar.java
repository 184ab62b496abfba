package org.centralita.flows.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A calendar read from a file: weekly opening hours in wall-clock time of its zone, holidays and
 * overrides. An override wins over a holiday, and a holiday over the weekly hours. Immutable.
 */
record ZoneCalendar(String id, ZoneId zone, Map<DayOfWeek, List<OpeningInterval>> weekly,
                    List<CalendarPeriod> holidays, List<CalendarPeriod> overrides) implements BusinessCalendar {

    ZoneCalendar {
        Map<DayOfWeek, List<OpeningInterval>> copy = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((day, intervals) -> copy.put(day, List.copyOf(intervals)));
        weekly = java.util.Collections.unmodifiableMap(copy);
        holidays = List.copyOf(holidays);
        overrides = List.copyOf(overrides);
    }

    @Override
    public CalendarState stateAt(Instant instant) {
        for (CalendarPeriod override : overrides) {
            if (override.covers(instant)) {
                return override.state();
            }
        }
        for (CalendarPeriod holiday : holidays) {
            if (holiday.covers(instant)) {
                return CalendarState.HOLIDAY;
            }
        }
        return weeklyStateAt(instant);
    }

    /** The weekly hours speak of the wall clock, so the instant is read in the calendar's zone. */
    private CalendarState weeklyStateAt(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        List<OpeningInterval> today = weekly.getOrDefault(local.getDayOfWeek(), List.of());
        for (OpeningInterval interval : today) {
            if (interval.contains(local.toLocalTime())) {
                return CalendarState.OPEN;
            }
        }
        return CalendarState.CLOSED;
    }
}
