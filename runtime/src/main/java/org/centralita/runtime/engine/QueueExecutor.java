package org.centralita.runtime.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.executable.QueueNode;
import org.centralita.flows.expr.Expression;
import org.centralita.flows.expr.Template;
import org.centralita.runtime.channel.CallerHungUp;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;
import org.centralita.runtime.trace.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the call to an ACD queue with the context the agent's screen needs. Delivered ends the
 * engine's part of the call; an overflow goes on at {@code overflow}; a caller who hangs up
 * while waiting is traced as {@code abandoned}, then ends as any hang-up does.
 */
final class QueueExecutor implements NodeExecutor<QueueNode> {

    private static final Logger LOG = LoggerFactory.getLogger(QueueExecutor.class);
    /** The trace's result for a caller who hung up while waiting in the queue. */
    static final String ABANDONED = "abandoned";

    private final HandoffListener listener;

    QueueExecutor(HandoffListener listener) {
        this.listener = listener;
    }

    @Override
    public Class<QueueNode> nodeClass() {
        return QueueNode.class;
    }

    @Override
    public Step execute(QueueNode node, Call call) {
        Map<String, String> context = new LinkedHashMap<>();
        Map<String, Object> shown = new LinkedHashMap<>();
        for (Map.Entry<String, Expression> entry : node.context().entrySet()) {
            String value = Template.display(call.evaluate(entry.getValue()));
            boolean secret = call.readsSecret(entry.getValue().variables());
            // the hand-off's context becomes channel variables, which reach CDRs, CEL and logs
            context.put(entry.getKey(), secret ? Masking.MASK : value);
            shown.put(entry.getKey(), Masking.mask(value, secret));
        }
        Handoff.Queue handoff = new Handoff.Queue(node.queue(), node.priority(), node.timeout(),
                node.announcePosition(), context);
        QueueHandoff pop = new QueueHandoff(call.info().id(), call.flow().id(), call.flow().version(), node.id(),
                node.queue(), node.priority(), shown);
        // a channel that connects the caller itself returns after the conversation: the agent's
        // screen must open before, as the call reaches them
        boolean popFirst = call.channel().connectsItself();
        if (popFirst) {
            tell(pop);
        }
        HandoffResult result = handOff(node, call, handoff, shown);
        call.trace().queue(node.id(), node.queue(), node.priority(), shown, Handoffs.traceName(result));
        if (result == HandoffResult.DELIVERED) {
            if (!popFirst) {
                tell(pop);
            }
            return new Step.End(CallOutcome.QUEUE, handoff);
        }
        if (result == HandoffResult.OVERFLOW) {
            return Step.toOutcome(node.overflow(), "overflow");
        }
        return Handoffs.failed("queue '" + node.queue() + "'", result);
    }

    /** The trace tells a caller who hung up while waiting in the queue from one who hung up in the menus. */
    private static HandoffResult handOff(QueueNode node, Call call, Handoff.Queue handoff, Map<String, Object> shown) {
        try {
            return call.channel().handOff(handoff);
        } catch (CallerHungUp e) {
            call.trace().queue(node.id(), node.queue(), node.priority(), shown, ABANDONED);
            throw e;
        }
    }

    /** The hand-off is made: a listener that fails must not turn it into a node failure. */
    private void tell(QueueHandoff handoff) {
        try {
            listener.queued(handoff);
        } catch (RuntimeException e) {
            LOG.warn("the hand-off listener failed for the queue hand-off to '{}'", handoff.queue(), e);
        }
    }
}
