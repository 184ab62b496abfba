package org.centralita.runtime.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centralita.flows.rules.RuleProblem;
import org.drools.drl.parser.DroolsError;
import org.kie.api.builder.Message;

/**
 * Turns Drools build messages into problems at the DRL's line and column. Parser messages carry
 * their place only in their text ({@code [ERR 102] Line 6:20 mismatched input ...}), and a
 * parse failure adds a placeless "Parser returned a null Package" that says nothing more.
 */
final class BuildMessages {

    private static final Pattern PLACE = Pattern.compile("(?:\\[ERR \\d+\\] )?Line (\\d+):(\\d+) ");
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private BuildMessages() {
    }

    static List<RuleProblem> problems(List<Message> errors) {
        return telling(errors.stream().map(m -> problem(m.getText(), m.getLine(), m.getColumn())).toList());
    }

    /** The parser's own errors, for a file that does not parse (it is never handed to the builder). */
    static List<RuleProblem> parserProblems(List<DroolsError> errors) {
        return telling(errors.stream().map(e -> problem(e.getMessage(), e.getLines().length > 0 ? e.getLines()[0] : 0,
                0)).toList());
    }

    private static List<RuleProblem> telling(List<RuleProblem> problems) {
        List<RuleProblem> telling = problems.stream().filter(p -> !p.message().contains(NULL_PACKAGE)).toList();
        return telling.isEmpty() ? problems : telling;
    }

    private static RuleProblem problem(String message, int line, int column) {
        String text = firstLine(message);
        Matcher place = PLACE.matcher(text);
        if (place.find()) {
            String rest = (text.substring(0, place.start()) + text.substring(place.end())).trim();
            return new RuleProblem(Integer.parseInt(place.group(1)), Integer.parseInt(place.group(2)) + 1, rest);
        }
        return new RuleProblem(Math.max(0, line), Math.max(0, column), text);
    }

    /** The message without the stack trace Drools appends to parser crashes. */
    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "does not compile";
        }
        String first = text.strip().lines().findFirst().orElse(text);
        int trace = first.indexOf(". Stack trace:");
        return (trace >= 0 ? first.substring(0, trace) : first).replaceAll("\\s+", " ").trim();
    }
}
