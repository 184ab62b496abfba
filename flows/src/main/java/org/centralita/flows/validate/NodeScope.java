package org.centralita.flows.validate;

import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.yaml.SourcePosition;

/**
 * Where a check reports: a node of a flow (with its registry type, when known), or the flow's
 * file-level sections when {@code node} is null.
 */
record NodeScope(FlowScope flow, FlowNode node, NodeType type) {

    String id() {
        return node == null ? null : node.id();
    }

    Flow model() {
        return flow.flow();
    }

    void error(SourcePosition position, String message) {
        flow.error(position, id(), message);
    }

    void warning(SourcePosition position, String message) {
        flow.warning(position, id(), message);
    }

    /** "a play node" or "" for file-level checks: how messages name what holds a field. */
    String holder() {
        return type == null ? "" : " of a " + type.name() + " node";
    }
}
