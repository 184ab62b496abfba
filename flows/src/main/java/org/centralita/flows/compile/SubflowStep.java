package org.centralita.flows.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.SubflowNode;

/** Compiles {@code subflow} nodes; the called flow is linked when the whole set is compiled. */
final class SubflowStep implements NodeStep {

    @Override
    public ExecutableNode compile(NodeContext node) {
        Map<String, String> outcomes = new LinkedHashMap<>(node.targets("outcomes"));
        outcomes.putAll(node.undeclaredTargets());
        return new SubflowNode(node.id(), node.text("flow"), node.expressions("inputs"), node.texts("outputs"),
                outcomes, node.outcome("next"), node.outcome("error"));
    }
}
