package org.centralita.flows.validate;

import java.util.ArrayList;
import java.util.List;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.registry.FieldSpec;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.NodeTypes;
import org.centralita.flows.registry.OutcomeSpec;
import org.centralita.flows.yaml.YamlNode;

/**
 * The checks every node gets from the registry, written once: its id, its type, unknown and
 * missing keys, each field's kind, and that every outcome names a node of the flow.
 */
final class NodeShapeCheck {

    private NodeShapeCheck() {
    }

    /** Checks {@code node}; false when its type is unknown (nothing else can be checked). */
    static boolean check(NodeScope scope) {
        FlowNode node = scope.node();
        if (!Names.isId(node.id())) {
            scope.error(node.position(), "node id '" + node.id() + "' must match [a-z][a-z0-9-]*");
        }
        YamlNode written = written(scope);
        if (!(written instanceof YamlNode.Mapping)) {
            scope.error(written.position(), "a node is a map with a 'type' and its fields, not " + written.kind());
            return false;
        }
        if (scope.type() == null) {
            unknownType(scope);
            return false;
        }
        keys(scope);
        return true;
    }

    private static YamlNode written(NodeScope scope) {
        return scope.model().root().get("nodes").filter(YamlNode.Mapping.class::isInstance)
                .map(YamlNode.Mapping.class::cast).flatMap(m -> m.get(scope.id()))
                .orElse(scope.node().body());
    }

    private static void unknownType(NodeScope scope) {
        FlowNode node = scope.node();
        String written = node.typeName();
        if (written.isEmpty()) {
            scope.error(node.position(), "missing 'type' (one of " + String.join(", ", NodeTypes.names()) + ")");
        } else {
            scope.error(node.positionOf("type"), "unknown node type '" + written + "'"
                    + DidYouMean.suggest(written, NodeTypes.names()));
        }
    }

    private static void keys(NodeScope scope) {
        FlowNode node = scope.node();
        NodeType type = scope.type();
        NodeValidator validator = NodeValidators.of(type.name());
        node.body().entries().forEach((key, entry) -> {
            if (!type.accepts(key) && !validator.acceptsKey(scope, key)) {
                String hint = validator.unknownKeyHint(scope, key);
                scope.error(entry.keyPosition(), "unknown field '" + key + "' for a " + type.name() + " node"
                        + (hint.isEmpty() ? DidYouMean.suggest(key, acceptedKeys(type)) : hint));
            }
        });
        for (FieldSpec field : type.fields()) {
            node.field(field.name()).filter(v -> !validator.ownFields().contains(field.name()))
                    .ifPresent(v -> FieldCheck.check(scope, field, v));
            node.field(field.name()).ifPresentOrElse(v -> { }, () -> {
                if (field.required()) {
                    scope.error(node.position(), "missing required field '" + field.name() + "'");
                }
            });
        }
        for (OutcomeSpec outcome : type.outcomes()) {
            node.field(outcome.name()).ifPresentOrElse(v -> outcomeValue(scope, outcome, v), () -> {
                if (outcome.required()) {
                    scope.error(node.position(), "missing required outcome '" + outcome.name() + "'");
                }
            });
        }
    }

    private static void outcomeValue(NodeScope scope, OutcomeSpec outcome, YamlNode value) {
        if (!(value instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            scope.error(value.position(), "outcome '" + outcome.name() + "' must name a node, not " + value.kind());
        }
    }

    private static List<String> acceptedKeys(NodeType type) {
        List<String> keys = new ArrayList<>(NodeTypes.COMMON_KEYS);
        type.fields().forEach(f -> keys.add(f.name()));
        type.outcomes().forEach(o -> keys.add(o.name()));
        return keys;
    }

    /** Reports every outcome of the node that names no node of the flow. */
    static void targets(NodeScope scope) {
        for (OutcomeLink link : OutcomeLink.of(scope.node(), scope.type())) {
            if (!scope.flow().hasNode(link.target())) {
                scope.error(link.position(), link.label() + " goes to unknown node '" + link.target() + "'"
                        + DidYouMean.suggest(link.target(), scope.flow().nodeIds()));
            }
        }
    }
}
