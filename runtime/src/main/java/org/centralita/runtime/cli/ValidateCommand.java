package org.centralita.runtime.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.centralita.flows.model.Flow;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.validate.ProblemFields;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code centralita validate PATH...}: every problem of every flow at once, one per line on
 * standard error, or ({@code --format json}) as one JSON document on standard output for tools
 * such as Centralita Studio.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate flows (files or directories, with their calendars and rules).")
final class ValidateCommand implements Callable<Integer> {

    /** How the problems are written. */
    enum Format { text, json }

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.CLOSE_CLOSEABLE);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Flow files or directories of *.flow.yaml.")
    private List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per problem on standard error, the default) or json "
                    + "(one document on standard output: valid, problems with file, line, column, "
                    + "severity, message, node and field).")
    private Format format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        FlowLoader.Validated validated = FlowLoader.validated(paths, null);
        List<Problem> problems = validated.problems();
        boolean valid = problems.stream().noneMatch(Problem::isError);
        if (format == Format.json) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(json(validated, valid));
            out.flush();
        } else {
            problems.forEach(problem -> spec.commandLine().getErr().println(problem.format()));
            spec.commandLine().getErr().flush();
        }
        return valid ? 0 : Main.INVALID;
    }

    /** {@code {"valid": b, "problems": [{file, line, column, severity, message, node, field}]}}. */
    private static String json(FlowLoader.Validated validated, boolean valid) {
        Map<String, Flow> byFile = validated.flows().flows().stream()
                .collect(Collectors.toMap(Flow::file, Function.identity(), (a, b) -> a));
        ObjectNode root = JSON.createObjectNode();
        root.put("valid", valid);
        ArrayNode list = root.putArray("problems");
        for (Problem problem : validated.problems()) {
            ObjectNode item = list.addObject();
            item.put("file", problem.position().file());
            item.put("line", problem.position().line());
            item.put("column", problem.position().column());
            item.put("severity", problem.severity().label());
            item.put("message", problem.message());
            item.put("node", problem.node());
            item.put("field", ProblemFields.of(problem, byFile.get(problem.position().file())).orElse(null));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the problems as JSON", e);
        }
    }
}
