package org.centralita.flows.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Problem;

/**
 * Turns validated flows into immutable {@link org.centralita.flows.executable.ExecutableFlow}s,
 * once, at publish: prompts resolved per language, defaults applied, variables typed,
 * expressions parsed, calendars read and rules built once each, subflows linked. It never
 * throws on a bad flow: what it cannot build is a problem, and that flow is left out.
 * Stateless and safe to share.
 */
public final class FlowCompiler {

    /** Compiles with no rules compiler and content-hash versions. */
    public CompileResult compile(FlowSet set) {
        return compile(set, CompileOptions.defaults());
    }

    public CompileResult compile(FlowSet set, CompileOptions options) {
        // Files that could not be read are named, so that a compile never leaves a flow out silently.
        List<Problem> problems = new ArrayList<>(set.readProblems());
        CompileSession session = new CompileSession(options);
        Map<String, CompiledFlow> byId = new LinkedHashMap<>();
        for (Flow flow : set.flows()) {
            CompiledFlow first = byId.get(flow.id());
            if (first != null) {
                problems.add(Problem.error(flow.positionOf("id"), null, "flow id '" + flow.id()
                        + "' is also used by " + first.flow().file() + "; this file was not compiled"));
                continue;
            }
            byId.put(flow.id(), FlowBuilder.build(flow, session, problems));
        }
        return new CompileResult(new SubflowLinker(byId, problems).linkAll(), problems);
    }
}
