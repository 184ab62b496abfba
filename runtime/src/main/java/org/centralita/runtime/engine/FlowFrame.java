package org.centralita.runtime.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.VariableSpec;

/** One flow running in a call (the main flow, or a subflow it called) with its own variables. */
final class FlowFrame {

    private final ExecutableFlow flow;
    private final Map<String, Object> variables = new LinkedHashMap<>();

    FlowFrame(ExecutableFlow flow) {
        this.flow = flow;
        for (VariableSpec spec : flow.variables().values()) {
            variables.put(spec.name(), spec.initial());
        }
    }

    ExecutableFlow flow() {
        return flow;
    }

    Map<String, Object> variables() {
        return variables;
    }
}
