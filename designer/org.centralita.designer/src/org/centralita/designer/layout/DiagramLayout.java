package org.centralita.designer.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
        return Graph.of(diagram).layout().run();
    }

    /**
     * What ELK is given, read from the diagram: every node with its figure's height, every
     * connection (plain values, so that the ELK graph can be made on another thread).
     */
    private record Graph(Map<String, Integer> heights, List<LayoutEdges.Edge> connections, String start) {

        static Graph of(FlowDiagram diagram) {
            Map<String, Integer> heights = new LinkedHashMap<>();
            List<LayoutEdges.Edge> connections = new ArrayList<>();
            for (DiagramNode node : diagram.nodes()) {
                heights.put(node.id(), height(node));
                for (OutcomeWire wire : diagram.wiresFrom(node.id())) {
                    connections.add(new LayoutEdges.Edge(wire.source(), wire.target()));
                }
            }
            return new Graph(heights, connections, diagram.flow().start().orElse(null));
        }

        /** The ELK graph: every node, every connection but those into a shared end ({@link LayoutEdges}). */
        LayeredLayout layout() {
            LayeredLayout layout = new LayeredLayout();
            heights.forEach((id, height) -> layout.node(id, NodeFigure.WIDTH, height));
            for (LayoutEdges.Edge edge : LayoutEdges.of(new ArrayList<>(heights.keySet()), connections, start)) {
                layout.edge(edge.from(), edge.to());
            }
            return layout;
        }
    }

    /**
     * Places for the nodes the file does not place: laid out among themselves, below every node
     * the analyst placed, so that nothing overlaps and nothing placed by hand moves. The nodes and
     * connections are read from the diagram on the calling thread; ELK's graph is made and laid out
     * on a thread of its own (ELK's classes loaded there too, in a fresh Studio), so that the
     * caller (the UI thread opening an editor) does other work meanwhile; {@link #await} waits.
     */
    public static CompletableFuture<Map<String, Placement>> ofUnplacedInBackground(FlowDiagram diagram) {
        Graph graph = Graph.of(diagram);
        Set<String> placed = new HashSet<>();
        int bottom = Integer.MIN_VALUE;
        for (DiagramNode node : diagram.nodes()) {
            var written = diagram.writtenPlace(node.id());
            if (written.isPresent()) {
                placed.add(node.id());
                bottom = Math.max(bottom, written.get().y() + graph.heights().get(node.id()));
            }
        }
        int below = bottom;
        return CompletableFuture.supplyAsync(() -> unplaced(graph.layout().run(), placed, below), DiagramLayout::onLayoutThread);
    }

    /** The places {@link #ofUnplacedInBackground} computes, once ELK is done. */
    public static Map<String, Placement> await(CompletableFuture<Map<String, Placement>> layout) {
        try {
            return layout.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private static void onLayoutThread(Runnable work) {
        Thread thread = new Thread(work, "centralita-layout");
        thread.setDaemon(true);
        thread.start();
    }

    /** The laid-out places of the nodes not placed, moved below {@code bottom} when some are. */
    private static Map<String, Placement> unplaced(Map<String, Placement> all, Set<String> placed, int bottom) {
        if (placed.isEmpty()) {
            return all;
        }
        int top = all.entrySet().stream().filter(e -> !placed.contains(e.getKey()))
                .mapToInt(e -> e.getValue().y()).min().orElse(0);
        int shift = bottom + GAP - top;
        Map<String, Placement> unplaced = new HashMap<>();
        all.forEach((id, place) -> {
            if (!placed.contains(id)) {
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
