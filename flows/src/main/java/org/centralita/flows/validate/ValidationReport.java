package org.centralita.flows.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every problem found in a set of flows, sorted by file, line and column. */
public final class ValidationReport {

    private static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column());

    private final List<Problem> problems;

    public ValidationReport(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(BY_PLACE);
        this.problems = List.copyOf(sorted);
    }

    /** Errors and warnings, by file, line and column (in the order found within one place). */
    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** Whether a flow may not be published. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Every problem in its one-line form ({@link Problem#format()}). */
    public List<String> lines() {
        return problems.stream().map(Problem::format).toList();
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
