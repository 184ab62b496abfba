package org.centralita.designer.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.centralita.designer.commands.FlowCommands;
import org.centralita.designer.model.CallsOverlay;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.designer.policies.FlowLayoutPolicy;
import org.centralita.flows.validate.Problem;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;

/** The whole flow: lays out the nodes where the file places them and keeps badges current. */
public final class DiagramPart extends AbstractGraphicalEditPart implements FlowDiagram.Listener {

    private Map<String, List<Problem>> problemsByNode = Map.of();
    private List<Problem> problems = List.of();
    private CallsOverlay calls;

    public FlowDiagram diagram() {
        return (FlowDiagram) getModel();
    }

    /** The commands that edit this diagram's flow. */
    public FlowCommands commands() {
        return new FlowCommands(diagram());
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new NodeLayer();
        layer.setLayoutManager(new FreeformLayout());
        layer.setBorder(new MarginBorder(20));
        return layer;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new FlowLayoutPolicy());
    }

    @Override
    protected List getModelChildren() {
        return diagram().nodes();
    }

    @Override
    public void activate() {
        super.activate();
        diagram().addListener(this);
        revalidateFlow();
    }

    @Override
    public void deactivate() {
        diagram().removeListener(this);
        super.deactivate();
    }

    @Override
    public void flowChanged(FlowDiagram changed) {
        revalidateFlow();
        refresh();
        for (Object child : new ArrayList<>(getChildren())) {
            ((EditPart) child).refresh();
        }
    }

    private void revalidateFlow() {
        problems = diagram().problems();
        Map<String, List<Problem>> byNode = new HashMap<>();
        problems.stream().filter(p -> p.node() != null)
                .forEach(p -> byNode.computeIfAbsent(p.node(), k -> new ArrayList<>()).add(p));
        problemsByNode = byNode;
    }

    /** Draws where the callers went on the diagram (null: takes the overlay away). */
    public void showCalls(CallsOverlay overlay) {
        calls = overlay;
        for (Object child : new ArrayList<>(getChildren())) {
            EditPart node = (EditPart) child;
            node.refresh();
            for (Object wire : ((org.eclipse.gef.GraphicalEditPart) node).getSourceConnections()) {
                ((EditPart) wire).refresh();
            }
        }
    }

    /** The calls overlay shown, or null. */
    public CallsOverlay calls() {
        return calls;
    }

    /** The validation messages about one node, as the flow is now. */
    public List<Problem> problemsOf(String nodeId) {
        return problemsByNode.getOrDefault(nodeId, List.of());
    }

    /** Every validation message of the flow as it is now. */
    public List<Problem> problems() {
        return problems;
    }
}
