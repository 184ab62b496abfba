package org.centralita.designer.policies;

import org.centralita.designer.parts.DiagramPart;
import org.centralita.designer.parts.NodePart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

/** Deletes a node; outcomes that went to it stay written and the validator names each one. */
public final class NodeDeletePolicy extends ComponentEditPolicy {

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        NodePart node = (NodePart) getHost();
        return ((DiagramPart) node.getParent()).commands().delete(node.node().id());
    }
}
