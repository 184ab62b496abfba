package org.centralita.runtime.engine;

import java.time.Duration;
import org.centralita.flows.executable.TransferNode;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;

/** Transfers the call; busy, no answer and failure go on at their outcomes. */
final class TransferExecutor implements NodeExecutor<TransferNode> {

    /** Ring time when the node gives none. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    @Override
    public Class<TransferNode> nodeClass() {
        return TransferNode.class;
    }

    @Override
    public Step execute(TransferNode node, Call call) {
        String to = call.render(node.to());
        boolean flowResumes = node.busy() != null || node.noAnswer() != null || node.failed() != null;
        Handoff.Transfer handoff = new Handoff.Transfer(to, node.timeout() == null ? DEFAULT_TIMEOUT : node.timeout(),
                flowResumes);
        HandoffResult result = call.channel().handOff(handoff);
        call.trace().transfer(node.id(), call.shown(node.to(), to), Handoffs.traceName(result));
        return switch (result) {
            case DELIVERED -> new Step.End(CallOutcome.TRANSFER, handoff);
            case BUSY -> Step.toOutcome(node.busy(), "busy");
            case NO_ANSWER -> Step.toOutcome(node.noAnswer(), "no-answer");
            case FAILED -> Step.toOutcome(node.failed(), "failed");
            case OVERFLOW -> Handoffs.failed("transfer to " + to, result);
        };
    }
}
