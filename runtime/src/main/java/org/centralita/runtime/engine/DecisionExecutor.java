package org.centralita.runtime.engine;

import java.util.Map;
import org.centralita.flows.executable.DecisionNode;

/** Takes the first branch whose condition holds, else {@code else}. */
final class DecisionExecutor implements NodeExecutor<DecisionNode> {

    @Override
    public Class<DecisionNode> nodeClass() {
        return DecisionNode.class;
    }

    @Override
    public Step execute(DecisionNode node, Call call) {
        Map<String, Object> names = call.names();
        for (DecisionNode.Branch branch : node.branches()) {
            if (call.test(branch.when(), names)) {
                return Step.next(branch.next());
            }
        }
        return Step.toOutcome(node.otherwise(), "else");
    }
}
