package org.centralita.flows.calendar;

import java.nio.file.Path;
import java.util.List;
import org.centralita.flows.model.FlowReader;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.yaml.FlowReadException;
import org.centralita.flows.yaml.YamlDocumentReader;
import org.centralita.flows.yaml.YamlNode;

/**
 * Reads calendar files ({@code calendars/ID.yaml}): a time zone, weekly opening hours, holidays
 * and overrides. Every problem names the file, line and column, so the validator reports them
 * like flow problems.
 */
public final class CalendarReader {

    /** The ending of a calendar file. */
    public static final String SUFFIX = ".yaml";

    private CalendarReader() {
    }

    /**
     * The calendar in {@code file}; its id is the file name without {@code .yaml}.
     *
     * @throws CalendarException with every problem when the file cannot be used
     */
    public static BusinessCalendar read(Path file) throws CalendarException {
        Loaded loaded = load(file);
        if (loaded.calendar() == null) {
            throw new CalendarException(loaded.problems());
        }
        return loaded.calendar();
    }

    /** Every problem of {@code file} (none when it is a good calendar). */
    public static List<Problem> check(Path file) {
        return load(file).problems();
    }

    /** The calendar, or null with the problems that stop it. */
    public static Loaded load(Path file) {
        String name = file.toString();
        try {
            YamlNode document = YamlDocumentReader.read(name, FlowReader.readText(file));
            CalendarParser parser = new CalendarParser();
            ZoneCalendar calendar = parser.parse(idOf(file), document);
            return new Loaded(calendar, parser.problems());
        } catch (FlowReadException e) {
            return new Loaded(null, List.of(Problem.of(e)));
        }
    }

    /** The id of a calendar file: its name without {@code .yaml}. */
    public static String idOf(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
    }

    /**
     * A calendar file as read.
     *
     * @param calendar the calendar, or null when {@code problems} stop it being built
     */
    public record Loaded(BusinessCalendar calendar, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }
}
