package org.centralita.designer.layout;

import java.util.HashMap;
import java.util.Map;
import org.centralita.designer.model.Placement;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a flow out with ELK's layered algorithm, left to right as a call moves: every node gets a
 * place, no two overlap. The caller gives node sizes and the edges; nothing here knows flows.
 */
public final class LayeredLayout {

    private static final String ALGORITHM = "org.eclipse.elk.layered";
    private static final double NODE_SPACING = 30;
    private static final double LAYER_SPACING = 70;
    private static volatile boolean registered;

    private final Map<String, ElkNode> nodes = new HashMap<>();
    private final ElkNode graph = ElkGraphUtil.createGraph();

    public LayeredLayout() {
        register();
        graph.setProperty(CoreOptions.ALGORITHM, ALGORITHM);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        graph.setProperty(org.eclipse.elk.alg.layered.options.LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        // only the nodes' places are used (connections are drawn straight, port to node): the
        // polyline router is the cheapest; the default orthogonal routing took a tenth of ELK's
        // time on a 500-node flow for routes nobody draws (docs/benchmarks.md, "Designer")
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    }

    /** ELK outside Eclipse's extension registry knows an algorithm only once told about it. */
    private static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    public LayeredLayout node(String id, int width, int height) {
        ElkNode node = ElkGraphUtil.createNode(graph);
        node.setIdentifier(id);
        node.setDimensions(width, height);
        nodes.put(id, node);
        return this;
    }

    public LayeredLayout edge(String from, String to) {
        ElkNode source = nodes.get(from);
        ElkNode target = nodes.get(to);
        if (source != null && target != null) {
            ElkGraphUtil.createSimpleEdge(source, target);
        }
        return this;
    }

    /** Runs the layout; the places of the nodes' top-left corners. */
    public Map<String, Placement> run() {
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        Map<String, Placement> places = new HashMap<>();
        nodes.forEach((id, node) -> places.put(id, new Placement((int) Math.round(node.getX()) + 20,
                (int) Math.round(node.getY()) + 20)));
        return places;
    }
}
