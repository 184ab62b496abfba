package org.centralita.designer.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centralita.designer.Messages;
import org.centralita.flows.validate.PrintableText;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.validate.Severity;
import org.centralita.flows.yaml.SourcePosition;

/**
 * The problems a runtime gave for a refused publish ({@code file:line:col: error: node 'id':
 * message}, paths relative to the flows directory) as problems of the local files, so that the
 * problems view lists them and a double-click opens the file at its node.
 */
public final class RuntimeProblems {

    private static final Pattern LINE = Pattern.compile(
            "^(?<file>[^:]+):(?<line>\\d+):(?<col>\\d+): (?<severity>error|warning): (?:node '(?<node>[^']*)': )?(?<message>.*)$",
            Pattern.DOTALL);

    private RuntimeProblems() {
    }

    /** Each line as a problem of {@code directory}'s file; a line of another form is an error of the directory. */
    public static List<Problem> of(List<String> lines, Path directory) {
        return lines.stream().map(line -> of(line, directory)).toList();
    }

    static Problem of(String line, Path directory) {
        String text = PrintableText.of(line);
        Matcher matcher = LINE.matcher(text);
        if (!matcher.matches()) {
            return Problem.error(SourcePosition.start(directory.toString()), null, Messages.bind(Messages.Runtime_problem, text));
        }
        Path file = directory.resolve(matcher.group("file")).normalize();
        if (!file.startsWith(directory)) {
            file = directory;
        }
        SourcePosition position = new SourcePosition(file.toString(), Integer.parseInt(matcher.group("line")),
                Integer.parseInt(matcher.group("col")));
        Severity severity = "warning".equals(matcher.group("severity")) ? Severity.WARNING : Severity.ERROR;
        return new Problem(severity, position, matcher.group("node"), Messages.bind(Messages.Runtime_problem, matcher.group("message")));
    }
}
