package org.centralita.designer.parts;

import org.centralita.designer.model.DiagramNode;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.designer.model.OutcomeWire;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

/** Makes the edit part of each model object of a diagram. */
public final class FlowPartFactory implements EditPartFactory {

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        EditPart part;
        if (model instanceof FlowDiagram) {
            part = new DiagramPart();
        } else if (model instanceof DiagramNode) {
            part = new NodePart();
        } else if (model instanceof OutcomeWire) {
            part = new WirePart();
        } else {
            throw new IllegalArgumentException("no edit part for " + model);
        }
        part.setModel(model);
        return part;
    }
}
