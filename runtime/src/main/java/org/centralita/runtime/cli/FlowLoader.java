package org.centralita.runtime.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Problem;

/**
 * Reads, validates and compiles flows for the command line, the same way the runtime does at
 * publish.
 */
final class FlowLoader {

    /** A compiled flow, or the problems that stop it. */
    record Loaded(ExecutableFlow flow, List<Problem> problems) {
        boolean ok() {
            return flow != null && problems.stream().noneMatch(Problem::isError);
        }
    }

    private FlowLoader() {
    }

    /** Every problem of every flow under {@code paths} (files or directories). */
    static List<Problem> validate(List<Path> paths) {
        FlowSet flows = FlowSet.load(paths);
        return new ArrayList<>(flows.readProblems());
    }

    /** The flow in {@code file}, validated and compiled with the subflows of its directory. */
    static Loaded load(Path file) {
        List<Problem> problems = validate(List.of(file));
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Loaded(null, problems);
        }
        throw new IllegalStateException("the flow compiler is not available in this build yet");
    }
}
