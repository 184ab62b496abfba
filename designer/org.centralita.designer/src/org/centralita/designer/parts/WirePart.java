package org.centralita.designer.parts;

import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.policies.WireDeletePolicy;
import org.centralita.designer.policies.WireEndpointsPolicy;
import org.centralita.designer.figures.Legibility;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MidpointLocator;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;

/** A connection from a node's outcome to the next node, labelled with the outcome's name. */
public final class WirePart extends AbstractConnectionEditPart {

    private final Label label = new Label();

    public OutcomeWire wire() {
        return (OutcomeWire) getModel();
    }

    @Override
    protected IFigure createFigure() {
        PolylineConnection line = new PolylineConnection() {
            /** The outcome's name, where it can be read. */
            @Override
            protected void paintChildren(Graphics graphics) {
                if (Legibility.wordsReadable(graphics)) {
                    super.paintChildren(graphics);
                }
            }
        };
        line.setTargetDecoration(new PolygonDecoration());
        line.setForegroundColor(ColorConstants.darkGray);
        label.setText(wire().outcome());
        label.setOpaque(true);
        label.setBackgroundColor(ColorConstants.white);
        line.add(label, new MidpointLocator(line, 0));
        return line;
    }

    /** The text on the connection (the outcome's name). */
    public String labelText() {
        return label.getText();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new WireEndpointsPolicy());
        installEditPolicy(EditPolicy.CONNECTION_ROLE, new WireDeletePolicy());
    }
}
