package org.centralita.designer.layout;

import java.util.Map;
import org.centralita.designer.model.DiagramNode;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.model.Placement;
import org.centralita.designer.figures.NodeFigure;

/** Lays out a whole diagram with {@link LayeredLayout}, with the sizes the figures will have. */
public final class DiagramLayout {

    private static final int ROW = 17;

    private DiagramLayout() {
    }

    /** The places of every node of the diagram. */
    public static Map<String, Placement> of(FlowDiagram diagram) {
        LayeredLayout layout = new LayeredLayout();
        for (DiagramNode node : diagram.nodes()) {
            layout.node(node.id(), NodeFigure.WIDTH, ROW * (2 + node.ports().size()) + 8);
        }
        for (DiagramNode node : diagram.nodes()) {
            for (OutcomeWire wire : diagram.wiresFrom(node.id())) {
                layout.edge(wire.source(), wire.target());
            }
        }
        return layout.run();
    }
}
