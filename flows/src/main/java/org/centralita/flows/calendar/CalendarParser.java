package org.centralita.flows.calendar;

import org.centralita.flows.validate.DidYouMean;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/**
 * Turns a calendar file's YAML into a {@link ZoneCalendar}, collecting every problem with its
 * line and column instead of stopping at the first.
 */
final class CalendarParser {

    static final List<String> KEYS = List.of("timezone", "weekly", "holidays", "overrides", "name", "description");

    private final List<Problem> problems = new ArrayList<>();

    /** The calendar, or null when a problem stops it being built; {@link #problems()} says why. */
    ZoneCalendar parse(String id, YamlNode document) {
        if (!(document instanceof YamlNode.Mapping root)) {
            error(document.position(), "a calendar file is a map with timezone, weekly, holidays and overrides");
            return null;
        }
        checkKeys(root, KEYS, "calendar");
        ZoneId zone = zone(root);
        Map<DayOfWeek, List<OpeningInterval>> weekly = weekly(root);
        // Periods are still read without a valid zone, so that all their problems are reported too.
        PeriodParser periods = new PeriodParser(zone == null ? ZoneOffset.UTC : zone, this);
        List<CalendarPeriod> holidays = periods.holidays(root.get("holidays").orElse(null));
        List<CalendarPeriod> overrides = periods.overrides(root.get("overrides").orElse(null));
        return problems.isEmpty() ? new ZoneCalendar(id, zone, weekly, holidays, overrides) : null;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    void error(SourcePosition position, String message) {
        problems.add(Problem.error(position, null, message));
    }

    /** Reports every key of {@code map} that is not one of {@code known}. */
    void checkKeys(YamlNode.Mapping map, List<String> known, String what) {
        map.entries().values().stream().filter(e -> !known.contains(e.key())).forEach(e ->
                error(e.keyPosition(), "unknown key '" + e.key() + "' in a " + what
                        + DidYouMean.suggest(e.key(), known) + "; expected one of " + String.join(", ", known)));
    }

    /** The text of a scalar, or null (reported) when {@code node} is a list or a map. */
    String scalar(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            return s.value();
        }
        error(node.position(), what + " must be a single value, not " + node.kind());
        return null;
    }

    private ZoneId zone(YamlNode.Mapping root) {
        if (!root.has("timezone")) {
            error(root.position(), "missing 'timezone' (for example 'timezone: Europe/Madrid')");
            return null;
        }
        YamlNode node = root.get("timezone").orElseThrow();
        String text = scalar(node, "'timezone'");
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            error(node.position(), "unknown time zone '" + text + "'"
                    + DidYouMean.suggest(text, ZoneId.getAvailableZoneIds())
                    + "; use a zone name such as Europe/Madrid or America/New_York");
            return null;
        }
    }

    private Map<DayOfWeek, List<OpeningInterval>> weekly(YamlNode.Mapping root) {
        Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, SourcePosition> givenAt = new EnumMap<>(DayOfWeek.class);
        YamlNode section = root.get("weekly").orElse(null);
        if (section == null || section instanceof YamlNode.Scalar s && s.isNull()) {
            return weekly;
        }
        if (!(section instanceof YamlNode.Mapping map)) {
            error(section.position(), "'weekly' is a map of days to opening hours, for example mon-fri: [\"08:00-20:00\"]");
            return weekly;
        }
        for (YamlNode.Entry entry : map.entries().values()) {
            Set<DayOfWeek> days = days(entry);
            List<OpeningInterval> intervals = intervals(entry.value());
            for (DayOfWeek day : days) {
                SourcePosition first = givenAt.putIfAbsent(day, entry.keyPosition());
                if (first != null) {
                    error(entry.keyPosition(), "'" + DayKeys.name(day) + "' is given twice (first at line "
                            + first.line() + ")");
                }
                weekly.put(day, intervals);
            }
        }
        return weekly;
    }

    private Set<DayOfWeek> days(YamlNode.Entry entry) {
        try {
            return DayKeys.parse(entry.key());
        } catch (IllegalArgumentException e) {
            error(entry.keyPosition(), e.getMessage());
            return Set.of();
        }
    }

    /** A list of intervals, one interval, or nothing / {@code closed} for a closed day. */
    private List<OpeningInterval> intervals(YamlNode value) {
        List<YamlNode> items = value instanceof YamlNode.Sequence seq ? seq.items() : List.of(value);
        List<OpeningInterval> intervals = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Scalar s && (s.isNull() || "closed".equalsIgnoreCase(s.value().trim()))) {
                continue;
            }
            String text = scalar(item, "an opening interval");
            String[] why = new String[1];
            if (text != null) {
                OpeningInterval.parse(text, why).ifPresentOrElse(intervals::add, () -> error(item.position(), why[0]));
            }
        }
        return intervals;
    }
}
