package org.centralita.flows.compile;

import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.QueueNode;

/** Compiles {@code queue} nodes. */
final class QueueStep implements NodeStep {
    @Override
    public ExecutableNode compile(NodeContext node) {
        return new QueueNode(node.id(), node.text("queue"), node.integer("priority"), node.duration("timeout"),
                node.flag("announce-position"), node.expressions("context"), node.outcome("overflow"),
                node.outcome("error"));
    }
}
