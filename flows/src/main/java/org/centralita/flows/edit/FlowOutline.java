package org.centralita.flows.edit;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Finds the parts of a flow file an edit changes: the nodes, one node, the layout. */
final class FlowOutline {

    static final String NODES = "nodes";
    static final String LAYOUT = "layout";

    private final YamlSource source;

    FlowOutline(YamlSource source) {
        this.source = source;
    }

    YamlSource source() {
        return source;
    }

    /** The {@code nodes:} map, when the file has one. */
    Optional<MappingNode> nodes() {
        return YamlSource.mapping(source.root(), NODES);
    }

    /** The entry of node {@code id} under {@code nodes:}. */
    Optional<NodeTuple> nodeEntry(String id) {
        return nodes().flatMap(nodes -> YamlSource.entry(nodes, id));
    }

    /** The body of node {@code id}; refused with a message when there is no such node. */
    MappingNode node(String id) {
        NodeTuple entry = nodeEntry(id).orElseThrow(() -> new EditException("there is no node '" + id + "' in this flow"));
        if (!(entry.getValueNode() instanceof MappingNode body)) {
            throw new EditException("node '" + id + "' is not a map of fields; fix it in a text editor first");
        }
        return body;
    }

    /** The {@code layout:} map, when the file has one. */
    Optional<MappingNode> layout() {
        return YamlSource.mapping(source.root(), LAYOUT);
    }

    /** The layout entry of node {@code id}. */
    Optional<NodeTuple> layoutEntry(String id) {
        return layout().flatMap(layout -> YamlSource.entry(layout, id));
    }
}
