package org.centralita.runtime.engine;

import org.centralita.flows.executable.HangupNode;

/** Says goodbye when the node has a prompt, then hangs up. */
final class HangupExecutor implements NodeExecutor<HangupNode> {

    @Override
    public Class<HangupNode> nodeClass() {
        return HangupNode.class;
    }

    @Override
    public Step execute(HangupNode node, Call call) {
        if (node.prompt() != null) {
            Dialogue.play(call, node.id(), node.prompt(), false);
        }
        call.trace().hangup(node.id(), "flow");
        call.channel().hangup();
        return new Step.End(call.callbackArranged() ? CallOutcome.CALLBACK : CallOutcome.HANGUP, null);
    }
}
