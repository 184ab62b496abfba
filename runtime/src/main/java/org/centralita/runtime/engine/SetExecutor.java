package org.centralita.runtime.engine;

import java.util.Map;
import org.centralita.flows.executable.SetNode;
import org.centralita.flows.expr.Expression;

/**
 * Assigns variables from expressions, in the order written; each sees the ones before it. A
 * variable given a value computed from a secret becomes secret itself (see {@link Call#isSensitive}).
 */
final class SetExecutor implements NodeExecutor<SetNode> {

    @Override
    public Class<SetNode> nodeClass() {
        return SetNode.class;
    }

    @Override
    public Step execute(SetNode node, Call call) {
        for (Map.Entry<String, Expression> assignment : node.assign().entrySet()) {
            call.assign(node.id(), assignment.getKey(), assignment.getValue());
        }
        return Step.toOutcome(node.next(), "next");
    }
}
