package org.centralita.flows.calendar;

import java.util.List;
import java.util.stream.Collectors;
import org.centralita.flows.validate.Problem;

/** A calendar file that cannot be used, with every problem found in it. */
public final class CalendarException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public CalendarException(List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
