package org.centralita.flows.compile;

import java.util.List;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.VariableSpec;
import org.centralita.flows.model.Flow;
import org.centralita.flows.yaml.SourcePosition;

/**
 * A flow whose nodes are compiled, before its subflows are linked.
 *
 * @param calls the subflow nodes, to link the flows they call
 * @param ok whether the flow compiled without errors
 */
record CompiledFlow(Flow flow, String version, Map<String, VariableSpec> variables,
                    Map<String, ExecutableNode> nodes, List<Call> calls, boolean ok) {

    /** A subflow node of this flow, calling {@code flowId}. */
    record Call(String nodeId, String flowId, SourcePosition position) {
    }

    ExecutableFlow link(Map<String, ExecutableFlow> subflows) {
        return new ExecutableFlow(flow.id(), version, flow.name(), flow.languages(), flow.start().orElse(null),
                flow.onError().orElse(null), flow.defaults(), variables, nodes, subflows);
    }
}
