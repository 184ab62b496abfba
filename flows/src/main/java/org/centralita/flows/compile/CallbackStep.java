package org.centralita.flows.compile;

import org.centralita.flows.executable.CallbackNode;
import org.centralita.flows.executable.ExecutableNode;

/** Compiles {@code callback} nodes; the number defaults to the caller's ({@code call.ani}). */
final class CallbackStep implements NodeStep {
    @Override
    public ExecutableNode compile(NodeContext node) {
        return new CallbackNode(node.id(), node.expression("number"), node.text("queue"), node.prompt("confirm"),
                node.outcome("next"), node.outcome("error"));
    }
}
