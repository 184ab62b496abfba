package org.centralita.runtime.publish;

import java.util.List;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.validate.Problem;

/**
 * What building a flows directory gave: the compiled flows with the file each came from, and
 * every problem found (warnings included).
 */
public record BuildResult(List<BuiltFlow> flows, List<Problem> problems) {

    public BuildResult {
        flows = List.copyOf(flows);
        problems = List.copyOf(problems);
    }

    /** True when any problem is an error: then nothing of the build may be published. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /**
     * One compiled flow and the path of its file relative to the flows directory.
     */
    public record BuiltFlow(ExecutableFlow flow, String file) {
    }
}
