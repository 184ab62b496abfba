package org.centralita.designer.policies;

import org.centralita.designer.parts.DiagramPart;
import org.centralita.designer.parts.NodePart;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

/** Places nodes on the diagram: moving a node and creating one from the palette. */
public final class FlowLayoutPolicy extends XYLayoutEditPolicy {

    private DiagramPart diagramPart() {
        return (DiagramPart) getHost();
    }

    @Override
    protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
        if (!(child instanceof NodePart node) || !(constraint instanceof Rectangle box)) {
            return null;
        }
        return diagramPart().commands().move(node.node().id(), box.x, box.y);
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        if (!(request.getNewObject() instanceof String type)) {
            return null;
        }
        Rectangle box = (Rectangle) getConstraintFor(request);
        return diagramPart().commands().create(type, box.x, box.y);
    }

    @Override
    protected Command getDeleteDependantCommand(Request request) {
        return null;
    }
}
