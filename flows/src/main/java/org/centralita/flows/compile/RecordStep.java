package org.centralita.flows.compile;

import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.RecordNode;

/** Compiles {@code record} nodes. */
final class RecordStep implements NodeStep {
    @Override
    public ExecutableNode compile(NodeContext node) {
        return new RecordNode(node.id(), node.prompt("prompt"), node.duration("max-duration"), node.flag("beep"),
                node.duration("silence"), node.text("terminator"), node.text("store"), node.outcome("next"),
                node.outcome("error"));
    }
}
