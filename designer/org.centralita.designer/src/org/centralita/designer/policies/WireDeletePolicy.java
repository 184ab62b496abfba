package org.centralita.designer.policies;

import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.parts.DiagramPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

/** Disconnects an outcome: deleting its connection leaves the outcome unconnected. */
public final class WireDeletePolicy extends ConnectionEditPolicy {

    @Override
    protected Command getDeleteCommand(GroupRequest request) {
        OutcomeWire wire = (OutcomeWire) getHost().getModel();
        DiagramPart diagram = (DiagramPart) getHost().getViewer().getContents();
        return diagram.commands().disconnect(wire.source(), wire.outcome());
    }
}
