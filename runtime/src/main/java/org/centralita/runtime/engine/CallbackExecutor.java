package org.centralita.runtime.engine;

import java.util.Optional;
import java.util.Set;
import org.centralita.flows.executable.CallbackNode;
import org.centralita.flows.expr.Template;
import org.centralita.flows.model.Defaults;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;
import org.centralita.runtime.trace.Masking;

/**
 * Arranges a call back (after the caller confirms it, when the node asks) and goes on; a flow
 * hang-up after it ends the call as {@code callback}. A refused or unanswered confirmation goes
 * on without one.
 */
final class CallbackExecutor implements NodeExecutor<CallbackNode> {

    private final Confirmation confirmation;

    CallbackExecutor(Hearing hearing) {
        this.confirmation = new Confirmation(hearing);
    }

    @Override
    public Class<CallbackNode> nodeClass() {
        return CallbackNode.class;
    }

    @Override
    public Step execute(CallbackNode node, Call call) {
        String number = node.number() == null ? call.info().ani() : Template.display(call.evaluate(node.number()));
        boolean secret = node.number() != null && node.number().variables().stream().anyMatch(call::isSensitive);
        Object shown = Masking.mask(number, secret);
        if (node.confirm() != null && !confirmed(node, call, number, secret)) {
            call.trace().callback(node.id(), shown, node.queue(), "declined");
            return Step.toOutcome(node.next(), "next");
        }
        HandoffResult result = call.channel().handOff(new Handoff.Callback(number, node.queue()));
        call.trace().callback(node.id(), shown, node.queue(), Handoffs.traceName(result));
        if (result != HandoffResult.DELIVERED) {
            return Handoffs.failed("callback to " + shown, result);
        }
        call.arrangeCallback();
        return Step.toOutcome(node.next(), "next");
    }

    private boolean confirmed(CallbackNode node, Call call, String number, boolean secret) {
        Defaults defaults = call.flow().defaults();
        Listening listening = Listening.oneKey(defaults.timeout(), defaults.bargeIn(), false);
        Optional<Boolean> answer = Attempts.run(call, node.id(), defaults.retries(), null, null,
                attempt -> confirmation.ask(call, node.id(), node.confirm(), listening,
                        call.namesWith("value", number), secret ? Set.of("value") : Set.of(), 0));
        return answer.orElse(false);
    }
}
