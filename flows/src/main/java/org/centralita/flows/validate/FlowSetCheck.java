package org.centralita.flows.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;

/**
 * Checks the flows of a set against each other: two files claiming one id, subflow calls that
 * come back to a flow already running, and {@code return} nodes in flows nothing calls.
 */
final class FlowSetCheck {

    private static final String SUBFLOW = "subflow";

    private FlowSetCheck() {
    }

    static void check(ValidationRun run) {
        Map<String, Flow> byId = new LinkedHashMap<>();
        for (Flow flow : run.set().flows()) {
            Flow first = byId.putIfAbsent(flow.id(), flow);
            if (first != null && !flow.id().isEmpty()) {
                run.add(Problem.error(flow.positionOf("id"), null, "flow id '" + flow.id()
                        + "' is already the id of " + first.file()));
            }
        }
        Map<String, List<FlowNode>> calls = calls(byId);
        recursion(run, withFlowsBeside(run, byId));
        uncalledReturns(run, byId, calls);
    }

    /**
     * The set's flows and every flow their subflow nodes reach beside them, transitively: a
     * cycle through a flow that is not validated itself (validating one file) is still found.
     */
    private static Map<String, Flow> withFlowsBeside(ValidationRun run, Map<String, Flow> byId) {
        Map<String, Flow> reached = new LinkedHashMap<>(byId);
        java.util.Deque<Flow> queue = new java.util.ArrayDeque<>(byId.values());
        while (!queue.isEmpty()) {
            Flow caller = queue.poll();
            caller.nodes().values().stream().filter(n -> n.typeName().equals(SUBFLOW))
                    .forEach(node -> node.text("flow").filter(id -> !reached.containsKey(id))
                            .ifPresent(id -> run.flow(id, caller).ifPresent(callee -> {
                                reached.put(id, callee);
                                queue.add(callee);
                            })));
        }
        return reached;
    }

    /** For each flow id, its subflow nodes that name a flow of the set. */
    private static Map<String, List<FlowNode>> calls(Map<String, Flow> byId) {
        Map<String, List<FlowNode>> calls = new HashMap<>();
        byId.forEach((id, flow) -> calls.put(id, flow.nodes().values().stream()
                .filter(n -> n.typeName().equals(SUBFLOW))
                .filter(n -> n.text("flow").filter(byId::containsKey).isPresent()).toList()));
        return calls;
    }

    private static void recursion(ValidationRun run, Map<String, Flow> byId) {
        Map<String, List<FlowNode>> calls = calls(byId);
        List<List<String>> loops = Cycles.find(new ArrayList<>(byId.keySet()),
                id -> calls.get(id).stream().map(n -> n.text("flow").orElseThrow()).distinct().toList());
        for (List<String> loop : loops) {
            String caller = loop.get(0);
            String callee = loop.get(1);
            FlowNode node = calls.get(caller).stream()
                    .filter(n -> n.text("flow").orElseThrow().equals(callee)).findFirst().orElseThrow();
            run.add(Problem.error(node.positionOf("flow"), node.id(), "flow '" + caller
                    + "' calls itself through subflows: " + String.join(" -> ", loop)));
        }
    }

    private static void uncalledReturns(ValidationRun run, Map<String, Flow> byId, Map<String, List<FlowNode>> calls) {
        Set<String> called = new HashSet<>();
        calls.values().forEach(nodes -> nodes.forEach(n -> called.add(n.text("flow").orElseThrow())));
        byId.forEach((id, flow) -> {
            if (!called.contains(id)) {
                flow.nodes().values().stream().filter(n -> n.typeName().equals(ValidationRun.RETURN)).findFirst()
                        .ifPresent(node -> run.add(Problem.warning(node.position(), node.id(), "no flow here runs '" + id
                                + "' as a subflow; run on its own, its 'return' nodes have no caller to go back to")));
            }
        });
    }
}
