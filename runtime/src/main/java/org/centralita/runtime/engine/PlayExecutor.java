package org.centralita.runtime.engine;

import org.centralita.flows.executable.PlayNode;

/** Plays a prompt and goes on. */
final class PlayExecutor implements NodeExecutor<PlayNode> {

    @Override
    public Class<PlayNode> nodeClass() {
        return PlayNode.class;
    }

    @Override
    public Step execute(PlayNode node, Call call) {
        Dialogue.play(call, node.id(), node.prompt(), node.bargeIn());
        return Step.toOutcome(node.next(), "next");
    }
}
