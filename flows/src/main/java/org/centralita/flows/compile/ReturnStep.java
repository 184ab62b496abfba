package org.centralita.flows.compile;

import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.ReturnNode;

/** Compiles {@code return} nodes. */
final class ReturnStep implements NodeStep {
    @Override
    public ExecutableNode compile(NodeContext node) {
        return new ReturnNode(node.id(), node.text("outcome"), node.outcome("error"));
    }
}
