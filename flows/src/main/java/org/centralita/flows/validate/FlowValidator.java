package org.centralita.flows.validate;

import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;

/** Validates one flow: its top level, its sections, every node, and its graph. */
final class FlowValidator {

    private FlowValidator() {
    }

    static void validate(ValidationRun run, Flow flow) {
        FlowScope scope = new FlowScope(run, flow);
        FlowHeaderCheck.check(scope);
        VariablesCheck.check(scope.file());
        for (FlowNode node : flow.nodes().values()) {
            NodeScope nodeScope = scope.node(node);
            if (NodeShapeCheck.check(nodeScope)) {
                NodeShapeCheck.targets(nodeScope);
                NodeValidators.of(nodeScope.type().name()).validate(nodeScope);
            }
        }
        new FlowGraph(scope).check();
    }
}
