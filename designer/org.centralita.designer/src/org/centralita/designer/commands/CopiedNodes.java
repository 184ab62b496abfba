package org.centralita.designer.commands;

import java.util.List;
import java.util.Map;
import org.centralita.designer.model.Placement;
import org.centralita.flows.edit.NodeCopy;

/**
 * Nodes copied from a diagram, what the clipboard holds until they are pasted: each node's
 * values, where it was drawn, and where each of its outcomes went.
 */
public record CopiedNodes(List<NodeCopy> nodes, Map<String, Placement> places, Map<String, List<CopiedOutcome>> outcomes) {

    /** An outcome of a copied node: where its target is written, and the node it went to. */
    public record CopiedOutcome(List<Object> path, String target) {
    }

    public CopiedNodes {
        nodes = List.copyOf(nodes);
        places = Map.copyOf(places);
        outcomes = Map.copyOf(outcomes);
    }
}
