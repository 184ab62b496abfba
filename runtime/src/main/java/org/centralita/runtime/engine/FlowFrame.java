package org.centralita.runtime.engine;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.VariableSpec;

/**
 * One flow running in a call (the main flow, or a subflow it called) with its own variables, and
 * which of them hold a value derived from a secret although the flow does not declare them so.
 */
final class FlowFrame {

    private final ExecutableFlow flow;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final Set<String> derivedSecrets = new HashSet<>(2);

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

    /** Whether {@code variable} is secret: declared sensitive, or holding a value derived from a secret. */
    boolean isSecret(String variable) {
        return flow.isSensitive(variable) || derivedSecrets.contains(variable);
    }

    /** Sets a variable; a value derived from a secret makes it secret until a value that is not replaces it. */
    void set(String variable, Object value, boolean derivedFromSecret) {
        variables.put(variable, value);
        if (derivedFromSecret) {
            derivedSecrets.add(variable);
        } else {
            derivedSecrets.remove(variable);
        }
    }
}
