package org.centralita.flows.calendar;

import org.centralita.flows.validate.DidYouMean;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.centralita.flows.yaml.YamlNode;

/**
 * Reads a calendar's holidays and overrides. Dates and date-times are local to the calendar's
 * zone; java.time's zone rules turn them into instants, so a period keeps its wall-clock meaning
 * on days when the clocks change. A date as an end covers that whole day; a date-time as an end
 * is the first moment no longer covered.
 */
final class PeriodParser {

    private static final List<String> HOLIDAY_KEYS = List.of("date", "from", "to", "name");
    private static final List<String> OVERRIDE_KEYS = List.of("from", "to", "state", "name");
    private static final List<String> STATES = List.of("open", "closed");

    private final ZoneId zone;
    private final CalendarParser parser;

    PeriodParser(ZoneId zone, CalendarParser parser) {
        this.zone = zone;
        this.parser = parser;
    }

    List<CalendarPeriod> holidays(YamlNode section) {
        List<CalendarPeriod> result = new ArrayList<>();
        for (YamlNode item : items(section, "holidays")) {
            if (item instanceof YamlNode.Mapping map) {
                parser.checkKeys(map, HOLIDAY_KEYS, "holiday");
                String name = map.text("name").orElse("holiday");
                if (map.has("date")) {
                    YamlNode date = map.get("date").orElseThrow();
                    add(result, period(name, date, date, CalendarState.HOLIDAY));
                } else {
                    add(result, span(map, name, CalendarState.HOLIDAY));
                }
            } else {
                add(result, period("holiday", item, item, CalendarState.HOLIDAY));
            }
        }
        return result;
    }

    List<CalendarPeriod> overrides(YamlNode section) {
        List<CalendarPeriod> result = new ArrayList<>();
        for (YamlNode item : items(section, "overrides")) {
            if (!(item instanceof YamlNode.Mapping map)) {
                parser.error(item.position(), "an override is a map: {from, to, state: open|closed, name}");
                continue;
            }
            parser.checkKeys(map, OVERRIDE_KEYS, "override");
            CalendarState state = state(map);
            if (state != null) {
                add(result, span(map, map.text("name").orElse("override"), state));
            }
        }
        return result;
    }

    private List<YamlNode> items(YamlNode section, String what) {
        if (section == null || section instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (section instanceof YamlNode.Sequence seq) {
            return seq.items();
        }
        parser.error(section.position(), "'" + what + "' is a list");
        return List.of();
    }

    private CalendarState state(YamlNode.Mapping map) {
        if (!map.has("state")) {
            parser.error(map.position(), "an override needs 'state: open' or 'state: closed'");
            return null;
        }
        YamlNode node = map.get("state").orElseThrow();
        String text = parser.scalar(node, "'state'");
        if (text != null && STATES.contains(text.trim().toLowerCase(Locale.ROOT))) {
            return CalendarState.valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
        if (text != null) {
            parser.error(node.position(), "unknown state '" + text + "'" + DidYouMean.suggest(text, STATES)
                    + "; an override is open or closed");
        }
        return null;
    }

    private CalendarPeriod span(YamlNode.Mapping map, String name, CalendarState state) {
        if (!map.has("from") || !map.has("to")) {
            parser.error(map.position(), "a period needs both 'from' and 'to' (for example from: 2026-12-31T14:00)");
            return null;
        }
        return period(name, map.get("from").orElseThrow(), map.get("to").orElseThrow(), state);
    }

    private CalendarPeriod period(String name, YamlNode fromNode, YamlNode toNode, CalendarState state) {
        Instant from = instant(fromNode, false);
        Instant to = instant(toNode, true);
        if (from == null || to == null) {
            return null;
        }
        if (!from.isBefore(to)) {
            parser.error(fromNode.position(), "'" + name + "' starts at or after its end; 'from' must come before 'to'");
            return null;
        }
        return new CalendarPeriod(name, from, to, state);
    }

    /** A local date or date-time as an instant; a date as an end stands for the next midnight. */
    private Instant instant(YamlNode node, boolean end) {
        String text = parser.scalar(node, "a date");
        if (text == null) {
            return null;
        }
        String trimmed = text.trim().replace(' ', 'T');
        try {
            if (trimmed.contains("T")) {
                return LocalDateTime.parse(trimmed).atZone(zone).toInstant();
            }
            LocalDate date = LocalDate.parse(trimmed);
            return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            parser.error(node.position(), "'" + text + "' is not a date (2026-12-25) or a local date-time (2026-12-31T14:00)");
            return null;
        }
    }

    private static void add(List<CalendarPeriod> periods, CalendarPeriod period) {
        if (period != null) {
            periods.add(period);
        }
    }
}
