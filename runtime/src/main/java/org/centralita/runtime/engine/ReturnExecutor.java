package org.centralita.runtime.engine;

import org.centralita.flows.executable.ReturnNode;

/** Ends a subflow with its named outcome. */
final class ReturnExecutor implements NodeExecutor<ReturnNode> {

    @Override
    public Class<ReturnNode> nodeClass() {
        return ReturnNode.class;
    }

    @Override
    public Step execute(ReturnNode node, Call call) {
        if (call.subflowDepth() == 0) {
            return Step.fail("a return node ends a subflow, but flow '" + call.flow().id() + "' runs as the main flow");
        }
        return new Step.Return(node.outcome());
    }
}
