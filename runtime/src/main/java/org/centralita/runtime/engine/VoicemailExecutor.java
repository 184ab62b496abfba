package org.centralita.runtime.engine;

import org.centralita.flows.executable.VoicemailNode;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;

/** Sends the caller to a voicemail box; the call ends there unless the node has a {@code next}. */
final class VoicemailExecutor implements NodeExecutor<VoicemailNode> {

    @Override
    public Class<VoicemailNode> nodeClass() {
        return VoicemailNode.class;
    }

    @Override
    public Step execute(VoicemailNode node, Call call) {
        String mailbox = call.render(node.mailbox());
        Handoff.Voicemail handoff = new Handoff.Voicemail(mailbox, node.next() != null);
        HandoffResult result = call.channel().handOff(handoff);
        call.trace().voicemail(node.id(), call.shown(node.mailbox(), mailbox), Handoffs.traceName(result));
        if (result != HandoffResult.DELIVERED) {
            return Handoffs.failed("voicemail " + mailbox, result);
        }
        return node.next() != null ? Step.next(node.next()) : new Step.End(CallOutcome.VOICEMAIL, handoff);
    }
}
