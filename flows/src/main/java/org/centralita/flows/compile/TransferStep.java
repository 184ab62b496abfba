package org.centralita.flows.compile;

import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.TransferNode;

/** Compiles {@code transfer} nodes. */
final class TransferStep implements NodeStep {
    @Override
    public ExecutableNode compile(NodeContext node) {
        return new TransferNode(node.id(), node.template("to"), node.duration("timeout"), node.outcome("busy"),
                node.outcome("no-answer"), node.outcome("failed"), node.outcome("error"));
    }
}
