package org.centralita.designer.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.designer.runtime.NodeCalls;

/**
 * Where the callers of a period went, for drawing on a flow's diagram: calls per node, per way
 * out of a node, and the share of callers who hung up at each node. A node where at least
 * {@link #HIGH_DROP_OFF} of its callers hung up stands out.
 */
public final class CallsOverlay {

    /** The share of a node's callers hanging up there from which the node stands out. */
    public static final double HIGH_DROP_OFF = 0.2;

    private final Map<String, NodeCalls> byNode = new LinkedHashMap<>();
    private final String period;

    public CallsOverlay(List<NodeCalls> nodes, String period) {
        nodes.forEach(n -> byNode.put(n.node(), n));
        this.period = period;
    }

    /** The period the counts are for, as shown to the analyst. */
    public String period() {
        return period;
    }

    /** Calls that reached the node. */
    public long calls(String node) {
        NodeCalls counts = byNode.get(node);
        return counts == null ? 0 : counts.calls();
    }

    /** Calls whose caller hung up at the node. */
    public long hungUp(String node) {
        NodeCalls counts = byNode.get(node);
        return counts == null ? 0 : counts.hungUp();
    }

    /** The share of the node's callers who hung up there, 0 when none came. */
    public double dropOff(String node) {
        long calls = calls(node);
        return calls == 0 ? 0 : (double) hungUp(node) / calls;
    }

    /** The drop-off as a whole percentage. */
    public long dropOffPercent(String node) {
        return Math.round(dropOff(node) * 100);
    }

    public boolean isHigh(String node) {
        return calls(node) > 0 && dropOff(node) >= HIGH_DROP_OFF;
    }

    /** Times the calls went from node {@code from} straight on to node {@code to}. */
    public long callsFromTo(String from, String to) {
        NodeCalls counts = byNode.get(from);
        if (counts == null) {
            return 0;
        }
        return counts.exits().stream().filter(e -> to.equals(e.to())).mapToLong(NodeCalls.Exit::count).sum();
    }
}
