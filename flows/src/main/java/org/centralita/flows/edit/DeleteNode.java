package org.centralita.flows.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Deletes a node and its place on the diagram. Outcomes of other nodes that went to it are left
 * as written: the validator names each one ("goes to unknown node"), so nothing is lost silently
 * and the analyst reconnects them.
 */
public final class DeleteNode extends TextEdit {

    private final FlowDocument document;
    private final String nodeId;

    public DeleteNode(FlowDocument document, String nodeId) {
        this.document = document;
        this.nodeId = nodeId;
    }

    @Override
    public String label() {
        return "Delete node '" + nodeId + "'";
    }

    @Override
    protected List<DocumentChange> plan() {
        FlowOutline outline = new FlowOutline(document.source());
        outline.nodeEntry(nodeId).orElseThrow(() -> new EditException("there is no node '" + nodeId + "' in this flow"));
        MappingPatches patches = new MappingPatches(outline.source());
        List<DocumentChange> changes = new ArrayList<>();
        changes.add(new DocumentChange(document, patches.remove(outline.nodes().orElseThrow(), nodeId)));
        outline.layoutEntry(nodeId).ifPresent(entry ->
                changes.add(new DocumentChange(document, patches.remove(outline.layout().orElseThrow(), nodeId))));
        return changes;
    }
}
