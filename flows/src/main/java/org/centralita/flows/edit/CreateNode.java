package org.centralita.flows.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.flows.registry.NodeTypes;
import org.centralita.flows.validate.Names;

/**
 * Adds a node of a registry type after the last node, with the fields given (in that order,
 * after {@code type}), and places it on the diagram.
 */
public final class CreateNode extends TextEdit {

    private final FlowDocument document;
    private final String nodeId;
    private final String type;
    private final Map<String, Object> fields;
    private final int x;
    private final int y;

    /**
     * @param fields field or outcome name to value (text, number, boolean, list or map), in the
     *               order they are written; may be empty (the validator then names what is missing)
     */
    public CreateNode(FlowDocument document, String nodeId, String type, Map<String, ?> fields, int x, int y) {
        this.document = document;
        this.nodeId = nodeId;
        this.type = type;
        this.fields = new LinkedHashMap<>(fields);
        this.x = x;
        this.y = y;
    }

    @Override
    public String label() {
        return "Create " + type + " node '" + nodeId + "'";
    }

    @Override
    protected List<DocumentChange> plan() {
        FlowOutline outline = new FlowOutline(document.source());
        NodeIds.requireFree(outline, nodeId);
        if (NodeTypes.get(type).isEmpty()) {
            throw new EditException("unknown node type '" + type + "' (one of " + String.join(", ", NodeTypes.names()) + ")");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.putAll(fields);
        MappingPatches patches = new MappingPatches(outline.source());
        List<DocumentChange> changes = new ArrayList<>();
        changes.add(new DocumentChange(document, outline.nodes().filter(nodes -> !nodes.getValue().isEmpty())
                .map(nodes -> patches.add(nodes, nodeId, body, MappingPatches.ENTRY_LEVELS + 1))
                .orElseGet(() -> patches.put(outline.source().root(), FlowOutline.NODES, Map.of(nodeId, body),
                        MappingPatches.ENTRY_LEVELS + 2))));
        changes.add(new DocumentChange(document, MoveNode.place(outline, nodeId, x, y)));
        return changes;
    }

    /** Checks that node ids are well formed and free. */
    static final class NodeIds {
        private NodeIds() {
        }

        static void requireFree(FlowOutline outline, String id) {
            if (!Names.isId(id)) {
                throw new EditException("node id '" + id + "' must match [a-z][a-z0-9-]* (lower-case letters, digits, '-')");
            }
            if (outline.nodeEntry(id).isPresent()) {
                throw new EditException("there is already a node '" + id + "' in this flow");
            }
        }
    }
}
