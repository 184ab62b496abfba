package org.centralita.designer.policies;

import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.parts.DiagramPart;
import org.centralita.designer.parts.NodePart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;

/**
 * Connects an outcome of a node (the row the drag starts on) to another node, and moves a
 * connection's end to another node.
 */
public final class OutcomeConnectPolicy extends GraphicalNodeEditPolicy {

    /** The start of a drag from an outcome row: remembers the outcome until it ends on a node. */
    private static final class DragStart extends Command {
        private final String nodeId;
        private final String outcome;

        DragStart(String nodeId, String outcome) {
            this.nodeId = nodeId;
            this.outcome = outcome;
        }

        @Override
        public boolean canExecute() {
            return true;
        }
    }

    private NodePart nodePart() {
        return (NodePart) getHost();
    }

    @Override
    protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
        String outcome = request.getLocation() == null ? null : nodePart().outcomeAt(request.getLocation());
        if (outcome == null) {
            return null;
        }
        DragStart start = new DragStart(nodePart().node().id(), outcome);
        request.setStartCommand(start);
        return start;
    }

    @Override
    protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
        if (!(request.getStartCommand() instanceof DragStart start)) {
            return null;
        }
        return commands().connect(start.nodeId, start.outcome, nodePart().node().id());
    }

    @Override
    protected Command getReconnectSourceCommand(ReconnectRequest request) {
        return null;
    }

    @Override
    protected Command getReconnectTargetCommand(ReconnectRequest request) {
        OutcomeWire wire = (OutcomeWire) request.getConnectionEditPart().getModel();
        return commands().reconnect(wire.source(), wire.outcome(), nodePart().node().id());
    }

    private org.centralita.designer.commands.FlowCommands commands() {
        return ((DiagramPart) nodePart().getParent()).commands();
    }
}
