package org.centralita.designer.policies;

import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.parts.DiagramPart;
import org.centralita.designer.parts.NodePart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

/**
 * Disconnects an outcome: deleting its connection leaves the outcome unconnected. A connection
 * deleted with its source node (both selected) needs nothing of its own: the node takes its
 * outcomes with it.
 */
public final class WireDeletePolicy extends ConnectionEditPolicy {

    @Override
    protected Command getDeleteCommand(GroupRequest request) {
        OutcomeWire wire = (OutcomeWire) getHost().getModel();
        if (request.getEditParts() != null && request.getEditParts().stream()
                .anyMatch(p -> p instanceof NodePart node && node.node().id().equals(wire.source()))) {
            return null;
        }
        DiagramPart diagram = (DiagramPart) getHost().getViewer().getContents();
        return diagram.commands().disconnect(wire.source(), wire.outcome());
    }
}
