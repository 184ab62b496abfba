package org.centralita.designer.parts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.centralita.designer.Messages;
import org.centralita.designer.figures.NodeColors;
import org.centralita.designer.figures.NodeFigure;
import org.centralita.designer.figures.NodeIcons;
import org.centralita.designer.editor.SubflowOpener;
import org.centralita.designer.figures.PortAnchor;
import org.centralita.designer.model.CallsOverlay;
import org.centralita.designer.model.DiagramNode;
import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.model.Placement;
import org.centralita.designer.model.Port;
import org.centralita.designer.model.Ports;
import org.centralita.designer.policies.NodeDeletePolicy;
import org.centralita.designer.policies.OutcomeConnectPolicy;
import org.centralita.flows.registry.NodeTypes;
import org.centralita.flows.validate.Problem;
import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.requests.LocationRequest;
import org.eclipse.gef.tools.ConnectionDragCreationTool;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.requests.DropRequest;

/** A node of the flow: its figure, its outcome anchors, its connections in and out. */
public final class NodePart extends AbstractGraphicalEditPart implements org.eclipse.gef.NodeEditPart {

    public DiagramNode node() {
        return (DiagramNode) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new NodeFigure();
    }

    public NodeFigure nodeFigure() {
        return (NodeFigure) getFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new NodeDeletePolicy());
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new OutcomeConnectPolicy());
    }

    @Override
    protected List getModelSourceConnections() {
        return node().diagram().wiresFrom(node().id());
    }

    @Override
    protected List getModelTargetConnections() {
        return node().diagram().wiresTo(node().id());
    }

    /** What the figure shows now; an edit elsewhere that leaves it equal leaves the figure alone. */
    private List<Object> shown;

    @Override
    protected void refreshVisuals() {
        DiagramNode node = node();
        String type = node.typeName();
        String label = NodeTypes.get(type).map(t -> t.label()).orElse(type.isEmpty() ? "?" : type);
        String title = (node.isStart() ? "\u25B6 " : "") + node.id() + " : " + label;
        String summary = node.summary();
        List<Port> ports = node.ports();
        List<Problem> problems = ((DiagramPart) getParent()).problemsOf(node.id());
        String messages = problems.stream().map(Problem::message).collect(Collectors.joining("\n"));
        boolean errors = problems.stream().anyMatch(Problem::isError);
        Placement place = node.diagram().place(node.id());
        CallsOverlay calls = ((DiagramPart) getParent()).calls();
        String id = node.id();
        List<Object> callsShown = calls == null ? List.of() : List.of(calls.calls(id), calls.hungUp(id), calls.isHigh(id), calls.period());
        Map<String, String> badPorts = badPorts(problems);
        List<Object> look = List.of(type, title, summary, ports, node.isStart(), messages, errors, badPorts, place, callsShown);
        if (look.equals(shown)) {
            return;
        }
        shown = look;
        NodeFigure figure = nodeFigure();
        figure.show(title, summary, ports, NodeColors.of(type));
        figure.markStart(node.isStart());
        if (calls == null) {
            figure.clearCalls();
        } else {
            figure.showCalls(Messages.bind(calls.isHigh(id) ? Messages.Overlay_nodeHigh : Messages.Overlay_node,
                    calls.calls(id), calls.dropOffPercent(id)),
                    Messages.bind(Messages.Overlay_nodeTip, new Object[] {calls.hungUp(id), calls.calls(id), calls.period()}),
                    calls.isHigh(id));
        }
        figure.showIcon(NodeIcons.image(type));
        figure.showProblems(messages, errors, badPorts);
        Rectangle bounds = new Rectangle(place.x(), place.y(), -1, -1);
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, figure, bounds);
    }

    /** The messages about each outcome of the node (written at it, naming it), by outcome. */
    private Map<String, String> badPorts(List<Problem> problems) {
        Map<String, String> bad = new LinkedHashMap<>();
        node().node().ifPresent(flowNode -> Ports.problemsOf(flowNode, node().diagram().flow(), problems)
                .forEach((port, about) -> bad.put(port, about.stream().map(Problem::message).collect(Collectors.joining("\n")))));
        return bad;
    }

    /**
     * A drag that starts on an outcome's row draws a connection from that outcome to the node
     * where it ends; a drag anywhere else on the node moves it (with the selection).
     */
    @Override
    public DragTracker getDragTracker(Request request) {
        if (request instanceof LocationRequest at && at.getLocation() != null
                && nodeFigure().outcomeRowAt(at.getLocation()) != null) {
            return new ConnectionDragCreationTool();
        }
        return super.getDragTracker(request);
    }

    /** A double-click on a subflow node opens the flow it runs. */
    @Override
    public void performRequest(Request request) {
        if (RequestConstants.REQ_OPEN.equals(request.getType()) && "subflow".equals(node().typeName())) {
            node().node().flatMap(n -> n.text("flow")).ifPresent(flowId -> SubflowOpener.open(node().diagram(), flowId));
        }
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return anchorOf(((OutcomeWire) connection.getModel()).outcome());
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        if (request instanceof DropRequest drop && drop.getLocation() != null) {
            return anchorOf(outcomeAt(drop.getLocation()));
        }
        return new ChopboxAnchor(getFigure());
    }

    /** The outcome whose row is nearest to where a drag started (absolute coordinates). */
    public String outcomeAt(Point location) {
        return nodeFigure().outcomeAt(location);
    }

    private ConnectionAnchor anchorOf(String outcome) {
        IFigure row = outcome == null ? null : nodeFigure().portRow(outcome);
        return row == null ? new ChopboxAnchor(getFigure()) : new PortAnchor(getFigure(), row);
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }
}
