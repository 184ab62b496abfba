package org.centralita.designer.layout;

import java.util.HashMap;
import java.util.Map;
import org.centralita.designer.model.DiagramNode;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.model.Placement;
import org.centralita.designer.figures.NodeFigure;

/** Lays out a whole diagram with {@link LayeredLayout}, with the sizes the figures will have. */
public final class DiagramLayout {

    private static final int GAP = 60;

    private DiagramLayout() {
    }

    /** The places of every node of the diagram, as if the file placed none. */
    public static Map<String, Placement> of(FlowDiagram diagram) {
        LayeredLayout layout = new LayeredLayout();
        for (DiagramNode node : diagram.nodes()) {
            layout.node(node.id(), NodeFigure.WIDTH, height(node));
        }
        for (DiagramNode node : diagram.nodes()) {
            for (OutcomeWire wire : diagram.wiresFrom(node.id())) {
                layout.edge(wire.source(), wire.target());
            }
        }
        return layout.run();
    }

    /**
     * Places for the nodes the file does not place: laid out among themselves, below every node
     * the analyst placed, so that nothing overlaps and nothing placed by hand moves.
     */
    public static Map<String, Placement> ofUnplaced(FlowDiagram diagram) {
        Map<String, Placement> all = of(diagram);
        int bottom = Integer.MIN_VALUE;
        for (DiagramNode node : diagram.nodes()) {
            var written = diagram.writtenPlace(node.id());
            if (written.isPresent()) {
                bottom = Math.max(bottom, written.get().y() + height(node));
            }
        }
        if (bottom == Integer.MIN_VALUE) {
            return all;
        }
        int top = all.entrySet().stream().filter(e -> diagram.writtenPlace(e.getKey()).isEmpty())
                .mapToInt(e -> e.getValue().y()).min().orElse(0);
        int shift = bottom + GAP - top;
        Map<String, Placement> unplaced = new HashMap<>();
        all.forEach((id, place) -> {
            if (diagram.writtenPlace(id).isEmpty()) {
                unplaced.put(id, new Placement(place.x(), place.y() + shift));
            }
        });
        return unplaced;
    }

    /** The height a node's figure takes: its title, its summary and one row per outcome. */
    public static int height(DiagramNode node) {
        return NodeFigure.heightFor(node.ports().size());
    }
}
