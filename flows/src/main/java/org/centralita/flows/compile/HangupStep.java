package org.centralita.flows.compile;

import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.HangupNode;

/** Compiles {@code hangup} nodes. */
final class HangupStep implements NodeStep {
    @Override
    public ExecutableNode compile(NodeContext node) {
        return new HangupNode(node.id(), node.prompt("prompt"), node.outcome("error"));
    }
}
