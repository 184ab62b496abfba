package org.centralita.flows.model;

import java.util.Optional;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.NodeTypes;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/**
 * One node of a flow as written: its id, its type and its fields, with positions. Its meaning
 * comes from the registry entry of its type.
 *
 * @param id the node id (the key under {@code nodes:})
 * @param position where the id is written
 * @param body the node's map as written
 */
public record FlowNode(String id, SourcePosition position, YamlNode.Mapping body) {

    /** The {@code type:} as written, or "" when it is missing or not text. */
    public String typeName() {
        return body.text("type").orElse("");
    }

    /** The registry entry of the node's type, if the type is known. */
    public Optional<NodeType> type() {
        return NodeTypes.get(typeName());
    }

    public Optional<YamlNode> field(String name) {
        return body.get(name);
    }

    public Optional<String> text(String name) {
        return body.text(name);
    }

    /** The position of {@code key}'s value, or of the node when the key is absent. */
    public SourcePosition positionOf(String key) {
        return body.get(key).map(YamlNode::position).orElse(position);
    }
}
