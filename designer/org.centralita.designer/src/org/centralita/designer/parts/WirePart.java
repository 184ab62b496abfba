package org.centralita.designer.parts;

import java.util.List;
import org.centralita.designer.Messages;
import org.centralita.designer.model.CallsOverlay;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.policies.WireDeletePolicy;
import org.centralita.designer.policies.WireEndpointsPolicy;
import org.centralita.designer.figures.Legibility;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.ConnectionEndpointLocator;
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
    private MidpointLocator middle;
    private ConnectionEndpointLocator nearSource;

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
        middle = new MidpointLocator(line, 0);
        // the calls overlay's labels sit at their outcome's row, where connections do not yet cross
        nearSource = new ConnectionEndpointLocator(line, false);
        nearSource.setUDistance(4);
        nearSource.setVDistance(0);
        line.add(label, middle);
        return line;
    }

    /** Draws the connection as taken by a test call (thick and blue), or as usual. */
    public void showTaken(boolean taken) {
        PolylineConnection line = (PolylineConnection) getFigure();
        line.setLineWidth(taken ? 3 : 1);
        line.setForegroundColor(taken ? ColorConstants.blue : ColorConstants.darkGray);
    }

    /** Whether the connection is drawn as taken by a test call. */
    public boolean taken() {
        return ((PolylineConnection) getFigure()).getLineWidth() > 1;
    }

    @Override
    protected void refreshVisuals() {
        OutcomeWire wire = wire();
        DiagramPart diagram = getViewer() != null && getViewer().getContents() instanceof DiagramPart part ? part : null;
        CallsOverlay calls = diagram == null ? null : diagram.calls();
        getFigure().setConstraint(label, calls == null ? middle : nearSource);
        if (calls == null) {
            label.setText(wire.outcome());
            label.setToolTip(null);
            return;
        }
        long count = calls.callsFromTo(wire.source(), wire.target());
        List<String> others = siblings(diagram.diagram(), wire);
        label.setText(others.isEmpty() ? Messages.bind(Messages.Overlay_wire, wire.outcome(), count)
                : Messages.bind(Messages.Overlay_wireShared, new Object[] {wire.outcome(), count, String.join(", ", others)}));
        label.setToolTip(new Label(Messages.bind(Messages.Overlay_wireTip, new Object[] {wire.outcome(), count, wire.source(),
            wire.target(), calls.period()})));
    }

    /** The other outcomes of the same node leading to the same node: the records count them together. */
    private static List<String> siblings(FlowDiagram diagram, OutcomeWire wire) {
        return diagram.wiresFrom(wire.source()).stream()
                .filter(w -> w.target().equals(wire.target()) && !w.outcome().equals(wire.outcome()))
                .map(OutcomeWire::outcome).toList();
    }

    /** The figure of the text on the connection, where it is drawn. */
    public IFigure labelFigure() {
        return label;
    }

    /** The text on the connection (the outcome's name, and its calls while the overlay is shown). */
    public String labelText() {
        return label.getText();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new WireEndpointsPolicy());
        installEditPolicy(EditPolicy.CONNECTION_ROLE, new WireDeletePolicy());
    }
}
