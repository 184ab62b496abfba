package org.centralita.flows.edit;

import java.util.List;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.validate.Names;
import org.centralita.flows.yaml.YamlNode;

/**
 * Changes the key of an option of a node (a menu's DTMF key, a language node's key) where it is
 * written: only the key's characters change, its quotes, its value and its comments stay. A key
 * written plain that becomes {@code *} or {@code #} (which YAML would not read as text plain) is
 * written in double quotes.
 */
public final class RenameOption extends TextEdit {

    private final FlowDocument document;
    private final String nodeId;
    private final String field;
    private final String oldKey;
    private final String newKey;

    /** @param field the node's field holding the options ({@code options}) */
    public RenameOption(FlowDocument document, String nodeId, String field, String oldKey, String newKey) {
        this.document = document;
        this.nodeId = nodeId;
        this.field = field;
        this.oldKey = oldKey;
        this.newKey = newKey;
    }

    @Override
    public String label() {
        return "Change option '" + oldKey + "' of '" + nodeId + "' to '" + newKey + "'";
    }

    @Override
    protected List<DocumentChange> plan() {
        FlowNode node = document.flow().node(nodeId)
                .orElseThrow(() -> new EditException("there is no node '" + nodeId + "'"));
        if (!(node.field(field).orElse(null) instanceof YamlNode.Mapping options)) {
            throw new EditException("'" + nodeId + "' has no options under '" + field + "'");
        }
        YamlNode.Entry entry = options.entry(oldKey)
                .orElseThrow(() -> new EditException("'" + nodeId + "' has no option '" + oldKey + "'"));
        if (!Names.isDtmfKey(newKey)) {
            throw new EditException("option '" + newKey + "' must be one DTMF key: 0-9, * or #");
        }
        if (options.has(newKey)) {
            throw new EditException("'" + nodeId + "' already has an option '" + newKey + "'");
        }
        YamlSource source = document.source();
        int offset = source.offsetOf(entry.keyPosition());
        char first = source.text().charAt(offset);
        boolean quoted = first == '"' || first == '\'';
        if (!quoted && !newKey.matches("[0-9]")) {
            if (!source.text().startsWith(oldKey, offset)) {
                throw new IllegalStateException("expected '" + oldKey + "' at " + entry.keyPosition());
            }
            return List.of(new DocumentChange(document, new TextChange(offset, oldKey, "\"" + newKey + "\"")));
        }
        return List.of(new DocumentChange(document, new ScalarRewrite(source).at(entry.keyPosition(), oldKey, newKey)));
    }
}
