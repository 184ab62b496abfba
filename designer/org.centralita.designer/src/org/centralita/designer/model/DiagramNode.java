package org.centralita.designer.model;

import java.util.List;
import java.util.Optional;
import org.centralita.flows.model.FlowNode;

/**
 * A node of the diagram, named by its id: what it shows is read from the diagram's current flow
 * each time, so the edit part of a node survives every edit that keeps its id.
 */
public record DiagramNode(FlowDiagram diagram, String id) {

    public Optional<FlowNode> node() {
        return diagram.flow().node(id);
    }

    public String typeName() {
        return node().map(FlowNode::typeName).orElse("");
    }

    public List<Port> ports() {
        return node().map(Ports::of).orElse(List.of());
    }

    public boolean isStart() {
        return diagram.flow().start().filter(id::equals).isPresent();
    }

    /** The first words the caller hears at this node, or the node's description. */
    public String summary() {
        return node().map(n -> NodeSummary.of(n, diagram.flow())).orElse("");
    }

    @Override
    public String toString() {
        return "node '" + id + "'";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramNode n && n.diagram == diagram && n.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
