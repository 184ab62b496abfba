package org.centralita.flows.edit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.centralita.flows.writer.ValueWriter;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The smallest text changes that set, add, remove or rename one entry of a YAML map, written in
 * the style the map already has (one entry per line in a block map, {@code {a: 1, b: 2}} in a
 * flow map, a blank line between entries where the map has them). Everything else in the file,
 * comments and spacing included, is left as it is.
 */
final class MappingPatches {

    /** A new entry's value is written as block lines this deep, deeper parts on one line. */
    static final int ENTRY_LEVELS = 2;

    private final YamlSource source;

    MappingPatches(YamlSource source) {
        this.source = source;
    }

    /** Sets {@code key} of {@code map} to {@code value}: replaces the value, or adds the entry. */
    TextChange put(MappingNode map, String key, Object value) {
        return put(map, key, value, ENTRY_LEVELS);
    }

    /** {@link #put(MappingNode, String, Object)} writing the value as block lines {@code levels} deep. */
    TextChange put(MappingNode map, String key, Object value, int levels) {
        return YamlSource.entry(map, key).map(tuple -> replace(map, tuple, value, levels))
                .orElseGet(() -> add(map, key, value, levels));
    }

    /** Replaces the value of an existing entry, keeping its style where the new value allows. */
    TextChange replace(MappingNode map, NodeTuple tuple, Object value) {
        return replace(map, tuple, value, ENTRY_LEVELS);
    }

    private TextChange replace(MappingNode map, NodeTuple tuple, Object value, int levels) {
        Node old = tuple.getValueNode();
        int end = source.end(old);
        int colon = source.afterColon(tuple);
        boolean block = source.isBlock(map) && !ValueWriter.fitsInline(value) && !isFlowCollection(old);
        if (!block) {
            return isEmptyScalar(old) || source.isBlock(old)
                    ? change(colon, Math.max(end, colon), " " + ValueWriter.inline(value))
                    : change(source.start(old), end, ValueWriter.inline(value));
        }
        String lines = ValueWriter.block(Collections.singletonMap(YamlSource.key(tuple), value), indentOf(map),
                source.lineBreak(), levels);
        String below = lines.substring(lines.indexOf('\n') + 1);
        return change(colon, Math.max(end, colon), source.lineBreak() + below.replaceAll("\\r?\\n$", ""));
    }

    /** Adds an entry after the last one of {@code map}. */
    TextChange add(MappingNode map, String key, Object value) {
        return add(map, key, value, ENTRY_LEVELS);
    }

    /** Adds an entry whose value is written as block lines {@code levels} deep. */
    TextChange add(MappingNode map, String key, Object value, int levels) {
        List<NodeTuple> entries = map.getValue();
        boolean flowSiblings = !entries.isEmpty() && isFlowCollection(entries.get(entries.size() - 1).getValueNode());
        if (!source.isBlock(map)) {
            String entry = ValueWriter.inline(Collections.singletonMap(key, value));
            entry = entry.substring(1, entry.length() - 1);
            int close = source.end(map) - 1;
            return TextChange.insert(close, entries.isEmpty() ? entry : ", " + entry);
        }
        int at = source.nextLine(source.end(entries.get(entries.size() - 1).getValueNode()));
        String lineBreak = source.lineBreak();
        String lead = at == source.text().length() && !source.text().endsWith("\n") ? lineBreak : "";
        if (separatedByBlankLines(entries)) {
            lead += lineBreak;
        }
        return TextChange.insert(at, lead + entryLines(key, value, indentOf(map), lineBreak, flowSiblings ? 1 : levels));
    }

    /**
     * Adds an entry to a block map just before the entry {@code before}, and before the comment
     * lines directly above it (they are about it).
     */
    TextChange addBefore(MappingNode map, NodeTuple before, String key, Object value) {
        int at = source.lineStart(source.start(before.getKeyNode()));
        while (at > 0 && source.text().substring(source.lineStart(at - 1), at).strip().startsWith("#")) {
            at = source.lineStart(at - 1);
        }
        return TextChange.insert(at, entryLines(key, value, indentOf(map), source.lineBreak(), ENTRY_LEVELS));
    }

    /** The block lines of a new entry at {@code indent}. */
    static String entryLines(String key, Object value, int indent, String lineBreak, int levels) {
        return ValueWriter.block(Collections.singletonMap(key, value), indent, lineBreak, levels);
    }

    /** Removes the entry under {@code key}. */
    TextChange remove(MappingNode map, String key) {
        List<NodeTuple> entries = map.getValue();
        NodeTuple tuple = YamlSource.entry(map, key).orElseThrow(() -> new EditException("there is no '" + key + "' to remove"));
        int index = entries.indexOf(tuple);
        int keyStart = source.start(tuple.getKeyNode());
        int valueEnd = source.end(tuple.getValueNode());
        if (entries.size() == 1) {
            return change(source.start(map), source.end(map), "{}");
        }
        if (!source.isBlock(map)) {
            return index + 1 < entries.size()
                    ? change(keyStart, source.start(entries.get(index + 1).getKeyNode()), "")
                    : change(source.end(entries.get(index - 1).getValueNode()), valueEnd, "");
        }
        if (!source.firstOnLine(keyStart)) {
            return change(keyStart, source.start(entries.get(index + 1).getKeyNode()), "");
        }
        return new LineRemoval(source).lines(source.lineStart(keyStart), source.nextLine(valueEnd));
    }

    /** Writes {@code newKey} in place of the key of {@code tuple}. */
    TextChange renameKey(NodeTuple tuple, String newKey) {
        ScalarNode key = (ScalarNode) tuple.getKeyNode();
        return change(source.start(key), source.end(key), keyText(newKey));
    }

    /** How a key is written: plain, or quoted where YAML would read it otherwise ("1"). */
    static String keyText(String key) {
        String entry = ValueWriter.inline(Map.of(key, 0));
        return entry.substring(1, entry.lastIndexOf(':'));
    }

    /** The column the keys of {@code map} start at. */
    int indentOf(MappingNode map) {
        return map.getValue().isEmpty() ? 0 : source.column(source.start(map.getValue().get(0).getKeyNode()));
    }

    private boolean separatedByBlankLines(List<NodeTuple> entries) {
        if (entries.size() < 2) {
            return false;
        }
        int lastKey = source.start(entries.get(entries.size() - 1).getKeyNode());
        int lineStart = source.lineStart(lastKey);
        return lineStart > 0 && source.blankLine(lineStart - 1);
    }

    private TextChange change(int start, int end, String inserted) {
        return new TextChange(start, source.text().substring(start, end), inserted);
    }

    private static boolean isFlowCollection(Node node) {
        return node instanceof CollectionNode<?> c && c.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW;
    }

    private static boolean isEmptyScalar(Node node) {
        return node instanceof ScalarNode s && s.getValue().isEmpty() && s.getScalarStyle() == ScalarStyle.PLAIN;
    }
}
