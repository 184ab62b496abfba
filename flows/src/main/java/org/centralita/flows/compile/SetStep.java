package org.centralita.flows.compile;

import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.SetNode;

/** Compiles {@code set} nodes. */
final class SetStep implements NodeStep {
    @Override
    public ExecutableNode compile(NodeContext node) {
        return new SetNode(node.id(), node.expressions("assign"), node.outcome("next"), node.outcome("error"));
    }
}
