package org.centralita.flows.compile;

import java.nio.file.Path;
import java.util.List;
import org.centralita.flows.model.Defaults;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Problem;

/** One flow being compiled: its defaults, its prompts, and the compile session it belongs to. */
final class FlowContext {

    private final Flow flow;
    private final Defaults defaults;
    private final CompileSession session;
    private final PromptCompiler prompts;
    private final List<Problem> problems;
    private int errors;

    FlowContext(Flow flow, CompileSession session, List<Problem> problems) {
        this.flow = flow;
        this.defaults = flow.defaults();
        this.session = session;
        this.problems = problems;
        this.prompts = new PromptCompiler(flow);
    }

    Flow flow() {
        return flow;
    }

    Defaults defaults() {
        return defaults;
    }

    CompileSession session() {
        return session;
    }

    PromptCompiler prompts() {
        return prompts;
    }

    /** The flows directory of the flow, where calendars and rule files are. */
    Path directory() {
        return FlowSet.directoryOf(flow);
    }

    /**
     * A file of the flows directory as messages name it: beside the flow file as the flow file
     * was named (relative stays relative).
     */
    Path fileBeside(String relative) {
        return Path.of(flow.file()).resolveSibling(relative);
    }

    void report(Problem problem) {
        if (problem.isError()) {
            errors++;
        }
        problems.add(problem);
    }

    /** Whether an error was reported for this flow. */
    boolean failed() {
        return errors > 0;
    }
}
