package org.centralita.flows.validate;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.centralita.flows.model.Flow;
import org.centralita.flows.yaml.YamlNode;

/**
 * A subflow node: the flow it runs has {@code return} nodes, every outcome it returns goes
 * somewhere ({@code outcomes} or {@code next}), and inputs and outputs name variables that exist
 * on their side. Calls that come back to a flow already running are found for the whole set, and
 * the endless loops of a subflow beside that is not validated itself are reported in its file.
 */
final class SubflowValidator implements NodeValidator {

    @Override
    public String type() {
        return "subflow";
    }

    @Override
    public void validate(NodeScope scope) {
        Optional<Flow> target = target(scope);
        if (target.isEmpty()) {
            return;
        }
        Flow flow = target.get();
        Set<String> returned = scope.flow().run().returnedOutcomes(flow);
        if (returned.isEmpty()) {
            scope.error(scope.node().positionOf("flow"), "flow '" + flow.id()
                    + "' has no 'return' node, so it cannot run as a subflow");
            return;
        }
        Optional<YamlNode.Mapping> outcomes = ChoiceChecks.map(scope, "outcomes");
        outcomes.ifPresent(map -> map.entries().forEach((name, entry) -> {
            if (!returned.contains(name)) {
                scope.error(entry.keyPosition(), "flow '" + flow.id() + "' never returns '" + name + "'"
                        + DidYouMean.suggest(name, returned));
            }
        }));
        if (scope.node().field("next").isEmpty()) {
            returned.stream().filter(name -> outcomes.map(m -> !m.has(name)).orElse(true))
                    .filter(name -> !scope.node().body().has(name)).forEach(name ->
                    scope.error(scope.node().position(), "returned outcome '" + name + "' of flow '" + flow.id()
                            + "' goes nowhere: write '" + name + ": NODE' in this node, or give 'next'"));
        }
        variables(scope, flow);
        if (scope.flow().run().set().flow(flow.id()).isEmpty() && scope.flow().run().firstLookAt(Path.of(flow.file()))) {
            // a flow beside, not validated itself: its loops would spin this call all the same
            new FlowGraph(new FlowScope(scope.flow().run(), flow)).endlessLoops();
        }
    }

    private static void variables(NodeScope scope, Flow flow) {
        ChoiceChecks.map(scope, "inputs").ifPresent(inputs -> inputs.entries().forEach((name, entry) -> {
            subflowVariable(scope, flow, name, entry.keyPosition());
            ExpressionCheck.expression(scope, entry.value(), "'inputs' '" + name + "'", Set.of());
        }));
        ChoiceChecks.map(scope, "outputs").ifPresent(outputs -> outputs.entries().forEach((name, entry) -> {
            ExpressionCheck.declared(scope, name, entry.keyPosition(), "'outputs'");
            if (entry.value() instanceof YamlNode.Scalar source && !source.isNull()) {
                subflowVariable(scope, flow, source.value(), source.position());
            } else {
                scope.error(entry.value().position(), "'outputs' '" + name + "' must name a variable of flow '"
                        + flow.id() + "'");
            }
        }));
    }

    private static void subflowVariable(NodeScope scope, Flow flow, String name, org.centralita.flows.yaml.SourcePosition at) {
        if (!flow.variables().containsKey(name)) {
            scope.error(at, "flow '" + flow.id() + "' has no variable '" + name + "'"
                    + DidYouMean.suggest(name, flow.variables().keySet()));
        }
    }

    private static Optional<Flow> target(NodeScope scope) {
        return scope.node().text("flow").flatMap(id -> scope.flow().run().flow(id, scope.model()));
    }

    /** Only when every way through the subflow to a return waits for the caller (see {@link SubflowWaits}). */
    @Override
    public boolean waitsForCaller(NodeScope scope) {
        return target(scope).map(flow -> SubflowWaits.alwaysWaits(scope.flow().run(), flow)).orElse(false);
    }

    /** A returned outcome may be written as a key of the node, as the format's table reads. */
    @Override
    public boolean acceptsKey(NodeScope scope, String key) {
        return target(scope).map(flow -> scope.flow().run().returnedOutcomes(flow).contains(key)).orElse(false);
    }

    @Override
    public String unknownKeyHint(NodeScope scope, String key) {
        return target(scope).map(flow -> ": flow '" + flow.id() + "' returns no outcome '" + key + "'"
                        + DidYouMean.suggest(key, scope.flow().run().returnedOutcomes(flow)))
                .orElse("");
    }
}
