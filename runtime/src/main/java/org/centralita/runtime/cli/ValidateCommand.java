package org.centralita.runtime.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.centralita.flows.validate.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code centralita validate PATH...}: every problem of every flow, one per line, at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate flows (files or directories, with their calendars and rules).")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Flow files or directories of *.flow.yaml.")
    private List<Path> paths;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<Problem> problems = FlowLoader.validate(paths, null);
        problems.forEach(problem -> spec.commandLine().getErr().println(problem.format()));
        spec.commandLine().getErr().flush();
        return problems.stream().anyMatch(Problem::isError) ? Main.INVALID : 0;
    }
}
