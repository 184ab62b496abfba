package org.centralita.flows.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;

/**
 * The flow as a graph of outcomes: which nodes no path reaches, and which loops can run forever
 * without waiting for the caller (a loop through a node that waits is a retry, not a hang).
 */
final class FlowGraph {

    private final FlowScope scope;
    private final Map<String, List<String>> next = new LinkedHashMap<>();
    private final Set<String> waiting = new HashSet<>();

    FlowGraph(FlowScope scope) {
        this.scope = scope;
        for (FlowNode node : scope.flow().nodes().values()) {
            NodeScope nodeScope = scope.node(node);
            if (nodeScope.type() == null) {
                continue;
            }
            next.put(node.id(), OutcomeLink.of(node, nodeScope.type()).stream().map(OutcomeLink::target)
                    .filter(scope::hasNode).distinct().toList());
            if (NodeValidators.of(nodeScope.type().name()).waitsForCaller(nodeScope)) {
                waiting.add(node.id());
            }
        }
    }

    void check() {
        unreachable();
        endlessLoops();
    }

    private void unreachable() {
        Flow flow = scope.flow();
        if (flow.start().filter(scope::hasNode).isEmpty() || next.size() < flow.nodes().size()) {
            return; // without a start, or with nodes of unknown type, what is reached is not known
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        flow.start().ifPresent(queue::add);
        flow.onError().filter(scope::hasNode).ifPresent(queue::add);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (reached.add(id)) {
                queue.addAll(next.getOrDefault(id, List.of()));
            }
        }
        next.keySet().stream().filter(id -> !reached.contains(id)).forEach(id ->
                scope.warning(flow.nodes().get(id).position(), id, "no path from 'start' reaches this node"));
    }

    /** Reports the loops that can run forever without waiting for the caller. */
    void endlessLoops() {
        List<String> busy = new ArrayList<>(next.keySet());
        busy.removeAll(waiting);
        Set<String> busySet = new HashSet<>(busy);
        List<List<String>> loops = Cycles.find(busy,
                id -> next.get(id).stream().filter(busySet::contains).toList());
        for (List<String> loop : loops) {
            String first = loop.get(0);
            scope.error(scope.flow().nodes().get(first).position(), first,
                    "this loop can run forever without waiting for the caller: " + String.join(" -> ", loop));
        }
    }
}
