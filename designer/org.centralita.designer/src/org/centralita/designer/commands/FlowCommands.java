package org.centralita.designer.commands;

import java.util.List;
import java.util.Map;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.designer.model.Ports;
import org.centralita.flows.edit.ConnectOutcome;
import org.centralita.flows.edit.CreateNode;
import org.centralita.flows.edit.DeleteNode;
import org.centralita.flows.edit.MoveNode;
import org.centralita.flows.edit.RenameNode;
import org.centralita.flows.edit.SetField;
import org.centralita.flows.model.FlowNode;

/**
 * The commands of the flow editor, each an edit of the flows module with the designer's rules
 * in {@code canExecute}: an outcome connects once (drag its connection's end to reconnect), and
 * a {@code return} node only in a subflow.
 */
public final class FlowCommands {

    private final FlowDiagram diagram;

    public FlowCommands(FlowDiagram diagram) {
        this.diagram = diagram;
    }

    public FlowEditCommand move(String nodeId, int x, int y) {
        return new FlowEditCommand(new MoveNode(diagram.document(), nodeId, x, y));
    }

    /** Creates a node of {@code type} with a fresh id ({@code menu-2}) at a place. */
    public FlowEditCommand create(String type, int x, int y) {
        String rule = "return".equals(type) && !SubflowCheck.isSubflow(diagram)
                ? "a 'return' node ends a subflow: no flow of this directory runs '" + diagram.flow().id()
                        + "' as a subflow" : null;
        return new FlowEditCommand(new CreateNode(diagram.document(), freshId(type), type, Map.of(), x, y), rule);
    }

    public FlowEditCommand delete(String nodeId) {
        return new FlowEditCommand(new DeleteNode(diagram.document(), nodeId));
    }

    public FlowEditCommand rename(String oldId, String newId) {
        return new FlowEditCommand(new RenameNode(diagram.document(), oldId, newId));
    }

    /** Sets a field of a node ({@code List.of("timeout")}, {@code List.of("options", "1", "say")}). */
    public FlowEditCommand setField(String nodeId, List<?> path, Object value) {
        return new FlowEditCommand(new SetField(diagram.document(), nodeId, path, value));
    }

    /** Connects an unconnected outcome; refused when the outcome already leads somewhere. */
    public FlowEditCommand connect(String nodeId, String outcome, String target) {
        FlowNode node = diagram.flow().node(nodeId).orElse(null);
        String rule = node != null && Ports.of(node).stream().anyMatch(p -> p.name().equals(outcome) && p.connected())
                ? "outcome '" + outcome + "' of node '" + nodeId + "' is already connected: drag its connection's end to reconnect it"
                : null;
        return new FlowEditCommand(edit(nodeId, outcome, target), rule);
    }

    /** Points an outcome at another node. */
    public FlowEditCommand reconnect(String nodeId, String outcome, String target) {
        return new FlowEditCommand(edit(nodeId, outcome, target));
    }

    /** Leaves an outcome unconnected. */
    public FlowEditCommand disconnect(String nodeId, String outcome) {
        return new FlowEditCommand(edit(nodeId, outcome, null));
    }

    private ConnectOutcome edit(String nodeId, String outcome, String target) {
        FlowNode node = diagram.flow().node(nodeId).orElseThrow();
        return new ConnectOutcome(diagram.document(), nodeId, Ports.outcomeOf(node, outcome), target);
    }

    private String freshId(String type) {
        int n = 1;
        while (diagram.flow().nodes().containsKey(type + "-" + n)) {
            n++;
        }
        return type + "-" + n;
    }
}
