package org.centralita.flows.validate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.registry.NodeType;

/**
 * Whether a flow run as a subflow always waits for the caller before it returns: then a loop of
 * the calling flow through the subflow node is a retry, not a spin. A subflow with a way to a
 * {@code return} that passes no node waiting for the caller (an input on a branch not taken
 * counts for nothing) does not; its own subflow nodes are looked into the same way.
 */
final class SubflowWaits {

    private final ValidationRun run;

    private SubflowWaits(ValidationRun run) {
        this.run = run;
    }

    static boolean alwaysWaits(ValidationRun run, Flow flow) {
        return new SubflowWaits(run).alwaysWaits(flow, new HashSet<>());
    }

    /** {@code calling}: the flows being looked into; a call back to one of them is a cycle, reported apart. */
    private boolean alwaysWaits(Flow flow, Set<String> calling) {
        if (!calling.add(flow.id())) {
            return true;
        }
        try {
            FlowScope scope = new FlowScope(run, flow);
            Set<String> seen = new HashSet<>();
            Deque<String> queue = new ArrayDeque<>();
            flow.start().ifPresent(queue::add);
            while (!queue.isEmpty()) {
                FlowNode node = flow.nodes().get(queue.poll());
                if (node == null || !seen.add(node.id()) || waits(scope, node, calling)) {
                    continue;
                }
                if (node.typeName().equals(ValidationRun.RETURN)) {
                    return false;
                }
                NodeType type = node.type().orElse(null);
                if (type != null) {
                    OutcomeLink.of(node, type).forEach(link -> queue.add(link.target()));
                }
            }
            return true;
        } finally {
            calling.remove(flow.id());
        }
    }

    private boolean waits(FlowScope scope, FlowNode node, Set<String> calling) {
        NodeScope nodeScope = scope.node(node);
        if (nodeScope.type() == null) {
            return true; // unknown: reported in its own flow, and no loop is claimed through it
        }
        if (node.typeName().equals("subflow")) {
            return node.text("flow").flatMap(id -> run.flow(id, scope.flow()))
                    .map(callee -> alwaysWaits(callee, calling)).orElse(true);
        }
        return NodeValidators.of(nodeScope.type().name()).waitsForCaller(nodeScope);
    }
}
