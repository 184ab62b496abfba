package org.centralita.runtime.engine;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.SubflowNode;
import org.centralita.flows.expr.Expression;

/**
 * Runs another flow with its own variables (set from {@code inputs}), in the same call and
 * trace, then copies {@code outputs} back and continues by the outcome it returned. A secret
 * stays secret across the call: an input or output that carries one is secret on the other side.
 */
final class SubflowExecutor implements NodeExecutor<SubflowNode> {

    /** Subflows calling subflows deeper than this are a mistake (recursion), not a design. */
    static final int MAX_DEPTH = 16;

    private final Function<Call, FrameResult> runner;

    SubflowExecutor(Function<Call, FrameResult> runner) {
        this.runner = runner;
    }

    @Override
    public Class<SubflowNode> nodeClass() {
        return SubflowNode.class;
    }

    @Override
    public Step execute(SubflowNode node, Call call) {
        Optional<ExecutableFlow> subflow = call.flow().subflow(node.flow());
        if (subflow.isEmpty()) {
            return Step.fail("subflow '" + node.flow() + "' is not part of this flow version");
        }
        if (call.subflowDepth() >= MAX_DEPTH) {
            return Step.fail("subflows are nested more than " + MAX_DEPTH + " deep");
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        Set<String> secretInputs = new HashSet<>();
        for (Map.Entry<String, Expression> input : node.inputs().entrySet()) {
            inputs.put(input.getKey(), call.evaluate(input.getValue()));
            if (call.readsSecret(input.getValue().variables())) {
                secretInputs.add(input.getKey());
            }
        }
        FrameResult result;
        Map<String, Object> returned;
        Set<String> secretOutputs = new HashSet<>();
        call.enterSubflow(subflow.get());
        try {
            inputs.forEach((variable, value) -> call.assign(node.id(), variable, value, secretInputs.contains(variable)));
            result = runner.apply(call);
            returned = new LinkedHashMap<>(call.variables());
            node.outputs().values().stream().filter(call::isSensitive).forEach(secretOutputs::add);
        } finally {
            call.leaveSubflow();
        }
        return continueAfter(node, call, result, new Returned(returned, secretOutputs));
    }

    /** The subflow's variables as it left them, and which of them were secret there. */
    private record Returned(Map<String, Object> values, Set<String> secrets) {
    }

    private static Step continueAfter(SubflowNode node, Call call, FrameResult result, Returned returned) {
        if (result instanceof FrameResult.Ended ended) {
            return new Step.End(ended.outcome(), ended.handoff());
        }
        if (result instanceof FrameResult.Failed failed) {
            return Step.fail("subflow '" + node.flow() + "' failed: " + failed.message());
        }
        String outcome = ((FrameResult.Returned) result).outcome();
        node.outputs().forEach((mine, theirs) ->
                call.assign(node.id(), mine, returned.values().get(theirs), returned.secrets().contains(theirs)));
        String target = node.outcomes().get(outcome);
        return Step.toOutcome(target != null ? target : node.next(), outcome);
    }
}
