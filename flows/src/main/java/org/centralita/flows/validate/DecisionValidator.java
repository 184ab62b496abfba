package org.centralita.flows.validate;

import java.util.List;
import org.centralita.flows.registry.NodeTypes;
import java.util.Set;
import org.centralita.flows.yaml.YamlNode;

/** A decision: a non-empty list of branches, each {@code {when: expression, next: node}}. */
final class DecisionValidator implements NodeValidator {

    /** The keys of each item, from the registry. */
    static final List<String> BRANCH_KEYS = NodeTypes.itemNames("decision", "branches");

    @Override
    public String type() {
        return "decision";
    }

    @Override
    public void validate(NodeScope scope) {
        if (!(scope.node().field("branches").orElse(null) instanceof YamlNode.Sequence branches)) {
            return;
        }
        if (branches.items().isEmpty()) {
            scope.error(branches.position(), "'branches' has no branches");
        }
        for (int i = 0; i < branches.items().size(); i++) {
            branch(scope, "branch " + (i + 1), branches.items().get(i));
        }
    }

    private static void branch(NodeScope scope, String name, YamlNode written) {
        if (!(written instanceof YamlNode.Mapping branch)) {
            scope.error(written.position(), name + " must be a map {when: expression, next: node}, not " + written.kind());
            return;
        }
        branch.entries().forEach((key, entry) -> {
            if (!BRANCH_KEYS.contains(key)) {
                scope.error(entry.keyPosition(), name + ": unknown key '" + key + "'" + DidYouMean.suggest(key, BRANCH_KEYS));
            }
        });
        for (String key : BRANCH_KEYS) {
            if (!branch.has(key)) {
                scope.error(branch.position(), name + " has no '" + key + "'");
            }
        }
        branch.get("when").ifPresent(when -> ExpressionCheck.expression(scope, when, name + " 'when'", Set.of()));
        branch.get("next").filter(v -> !(v instanceof YamlNode.Scalar s && !s.isNull()))
                .ifPresent(v -> scope.error(v.position(), name + ": 'next' must name a node, not " + v.kind()));
    }
}
