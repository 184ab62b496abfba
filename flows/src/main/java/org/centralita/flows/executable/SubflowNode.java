package org.centralita.flows.executable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.expr.Expression;

/**
 * Runs another flow ({@link ExecutableFlow#subflow(String)}) and continues by the outcome its
 * {@code return} node names.
 *
 * @param inputs subflow variable to expression over this flow's names
 * @param outputs this flow's variable to subflow variable
 * @param outcomes returned outcome to node
 * @param next where any other returned outcome goes, or null
 */
public record SubflowNode(String id, String flow, Map<String, Expression> inputs,
                          Map<String, String> outputs, Map<String, String> outcomes, String next,
                          String error) implements ExecutableNode {
    public SubflowNode {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        outcomes = Map.copyOf(outcomes);
    }
}
