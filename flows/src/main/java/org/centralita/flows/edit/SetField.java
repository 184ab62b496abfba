package org.centralita.flows.edit;

import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Sets one value of a node, found by its path from the node ({@code ["timeout"]},
 * {@code ["options", "1", "say"]}, {@code ["branches", 0, "when"]}): replaced where it is written,
 * added at the end of its map or list, or removed when the value is null. Values are text,
 * numbers, booleans, durations, lists and maps; text is quoted only where YAML needs it.
 */
public class SetField extends TextEdit {

    private final FlowDocument document;
    private final String nodeId;
    private final List<Object> path;
    private final Object value;

    /**
     * @param nodeId the node whose value is set; null for the flow's own keys (see {@link SetFlowField})
     * @param path keys of maps (text) and indexes of lists (integers) from the node's map
     * @param value the new value, or null to remove the field
     */
    public SetField(FlowDocument document, String nodeId, List<?> path, Object value) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a field path names at least one field");
        }
        this.document = document;
        this.nodeId = nodeId;
        this.path = List.copyOf(path);
        this.value = value;
    }

    @Override
    public String label() {
        return (value == null ? "Remove " : "Set ") + describe(path) + " of " + where();
    }

    protected FlowDocument document() {
        return document;
    }

    protected String nodeId() {
        return nodeId;
    }

    /** How messages name what is edited: {@code node 'greet'}, or {@code the flow}. */
    protected String where() {
        return nodeId == null ? "the flow" : "node '" + nodeId + "'";
    }

    @Override
    protected List<DocumentChange> plan() {
        FlowOutline outline = new FlowOutline(document.source());
        Node parent = nodeId == null ? outline.source().root() : outline.node(nodeId);
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = child(parent, step);
        }
        return List.of(new DocumentChange(document, change(outline.source(), parent, path.get(path.size() - 1))));
    }

    private TextChange change(YamlSource source, Node parent, Object last) {
        if (parent instanceof MappingNode map && last instanceof String key) {
            MappingPatches patches = new MappingPatches(source);
            if (value != null) {
                return patches.put(map, key, value);
            }
            if (YamlSource.entry(map, key).isEmpty()) {
                throw new EditException(where() + " has no " + describe(path) + " to remove");
            }
            return patches.remove(map, key);
        }
        if (parent instanceof SequenceNode list && last instanceof Integer index) {
            SequencePatches patches = new SequencePatches(source);
            if (value == null) {
                return patches.remove(list, index);
            }
            if (index == list.getValue().size()) {
                return patches.append(list, value);
            }
            Node item = child(list, index);
            return new TextChange(source.start(item), source.text().substring(source.start(item), source.end(item)),
                    org.centralita.flows.writer.ValueWriter.inline(value));
        }
        throw new EditException(where() + ": " + describe(path) + " does not fit what is written");
    }

    private Node child(Node parent, Object step) {
        if (parent instanceof MappingNode map && step instanceof String key) {
            return YamlSource.entry(map, key).orElseThrow(() -> new EditException(
                    where() + " has no '" + key + "' (in " + describe(path) + ")")).getValueNode();
        }
        if (parent instanceof SequenceNode list && step instanceof Integer index && index >= 0 && index < list.getValue().size()) {
            return list.getValue().get(index);
        }
        throw new EditException(where() + " has no " + describe(List.of(step)) + " (in " + describe(path) + ")");
    }

    /** How a path reads in messages: {@code 'options' '1' 'say'}, {@code 'branches' 2 'when'}. */
    static String describe(List<?> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            out.append(out.length() == 0 ? "" : " ").append(step instanceof Integer i ? "item " + (i + 1) : "'" + step + "'");
        }
        return out.toString();
    }
}
