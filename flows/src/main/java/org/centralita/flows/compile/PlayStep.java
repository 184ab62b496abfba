package org.centralita.flows.compile;

import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.PlayNode;

/** Compiles {@code play} nodes. */
final class PlayStep implements NodeStep {
    @Override
    public ExecutableNode compile(NodeContext node) {
        return new PlayNode(node.id(), node.prompt("prompt"), node.flag("barge-in"), node.outcome("next"),
                node.outcome("error"));
    }
}
