package org.centralita.flows.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.validate.Problem;

/**
 * Links compiled flows to the flows they call, the called ones first, so that every flow holds
 * every flow it can reach (its callees and theirs). A flow that calls a missing, failed or
 * calling flow (a cycle) is left out with a problem at its subflow node.
 */
final class SubflowLinker {

    private final Map<String, CompiledFlow> compiled;
    private final List<Problem> problems;
    private final Map<String, ExecutableFlow> linked = new LinkedHashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final LinkedHashSet<String> inProgress = new LinkedHashSet<>();
    /** Flows on a cycle: their problem is the cycle, reported once where it closes. */
    private final Set<String> cyclic = new HashSet<>();

    SubflowLinker(Map<String, CompiledFlow> compiled, List<Problem> problems) {
        this.compiled = compiled;
        this.problems = problems;
    }

    /** Every flow that compiled and whose subflows link, by id, in the order read. */
    Map<String, ExecutableFlow> linkAll() {
        compiled.keySet().forEach(this::link);
        Map<String, ExecutableFlow> inOrder = new LinkedHashMap<>();
        compiled.keySet().stream().filter(linked::containsKey).forEach(id -> inOrder.put(id, linked.get(id)));
        return inOrder;
    }

    private ExecutableFlow link(String id) {
        if (linked.containsKey(id) || failed.contains(id)) {
            return linked.get(id);
        }
        CompiledFlow flow = compiled.get(id);
        inProgress.add(id);
        Map<String, ExecutableFlow> subflows = new HashMap<>();
        boolean ok = flow.ok();
        for (CompiledFlow.Call call : flow.calls()) {
            ExecutableFlow callee = callee(call);
            if (callee == null) {
                ok = false;
            } else {
                subflows.put(callee.id(), callee);
                subflows.putAll(callee.subflows());
            }
        }
        inProgress.remove(id);
        if (!ok) {
            failed.add(id);
            return null;
        }
        ExecutableFlow result = flow.link(subflows);
        linked.put(id, result);
        return result;
    }

    private ExecutableFlow callee(CompiledFlow.Call call) {
        if (!compiled.containsKey(call.flowId())) {
            return report(call, "calls flow '" + call.flowId() + "', which is not among the flows compiled");
        }
        if (inProgress.contains(call.flowId())) {
            List<String> path = new ArrayList<>(inProgress);
            path = path.subList(path.indexOf(call.flowId()), path.size());
            cyclic.addAll(path);
            return report(call, "subflows call each other in a cycle: " + String.join(" -> ", path) + " -> "
                    + call.flowId() + "; a flow cannot call itself, even through other flows");
        }
        ExecutableFlow callee = link(call.flowId());
        if (callee == null && !cyclic.contains(call.flowId())) {
            return report(call, "calls flow '" + call.flowId() + "', which did not compile");
        }
        return callee;
    }

    private ExecutableFlow report(CompiledFlow.Call call, String message) {
        problems.add(Problem.error(call.position(), call.nodeId(), message));
        return null;
    }
}
