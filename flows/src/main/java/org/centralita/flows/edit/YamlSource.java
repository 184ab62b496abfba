package org.centralita.flows.edit;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A flow file's text with SnakeYAML's node graph over it, turning the graph's marks into char
 * offsets of the text, so that an edit can replace exactly the characters of one key or value.
 */
final class YamlSource {

    private final String text;
    private final MappingNode root;
    private final int base;
    private final int[] charOfCodePoint;

    private YamlSource(String text, MappingNode root, int base, int[] charOfCodePoint) {
        this.text = text;
        this.root = root;
        this.base = base;
        this.charOfCodePoint = charOfCodePoint;
    }

    /** The marks of {@code root}, composed from {@code text} (without its byte order mark, if any). */
    static YamlSource of(String text, MappingNode root) {
        int base = text.startsWith("\uFEFF") ? 1 : 0;
        String yaml = text.substring(base);
        int[] table = yaml.length() == yaml.codePointCount(0, yaml.length()) ? null : codePointTable(yaml);
        return new YamlSource(text, root, base, table);
    }

    private static int[] codePointTable(String yaml) {
        int[] table = new int[yaml.codePointCount(0, yaml.length()) + 1];
        int chars = 0;
        for (int i = 0; i < table.length - 1; i++) {
            table[i] = chars;
            chars += Character.charCount(yaml.codePointAt(chars));
        }
        table[table.length - 1] = chars;
        return table;
    }

    String text() {
        return text;
    }

    MappingNode root() {
        return root;
    }

    /** The line ending the file uses (that of its first line). */
    String lineBreak() {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }

    private int offset(Mark mark) {
        int index = mark.getIndex();
        return base + (charOfCodePoint == null ? index : charOfCodePoint[Math.min(index, charOfCodePoint.length - 1)]);
    }

    /** The offset of a position the flow reader gave (1-based line, 1-based column in code points). */
    int offsetOf(org.centralita.flows.yaml.SourcePosition position) {
        int offset = base;
        for (int line = 1; line < position.line(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return text.offsetByCodePoints(offset, position.column() - 1);
    }

    /** Where {@code node} starts. */
    int start(Node node) {
        return offset(node.getStartMark());
    }

    /**
     * Where {@code node}'s own text ends: after its last character, before any line break, blank
     * line or comment that the parser counts into a block.
     */
    int end(Node node) {
        if (node instanceof CollectionNode<?> collection && collection.getFlowStyle() == FlowStyle.BLOCK) {
            List<?> children = collection.getValue();
            if (!children.isEmpty()) {
                Object last = children.get(children.size() - 1);
                return end(last instanceof NodeTuple tuple ? tuple.getValueNode() : (Node) last);
            }
        }
        int end = offset(node.getEndMark());
        while (end > start(node) && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    boolean isBlock(Node node) {
        return node instanceof CollectionNode<?> collection && collection.getFlowStyle() == FlowStyle.BLOCK;
    }

    /** The start of the line {@code offset} is on. */
    int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The start of the next line after {@code offset} (the text's length on the last line). */
    int nextLine(int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** Whether only spaces stand before {@code offset} on its line. */
    boolean firstOnLine(int offset) {
        return text.substring(lineStart(offset), offset).isBlank();
    }

    /** The column of {@code offset} on its line, counted in chars from 0. */
    int column(int offset) {
        return offset - lineStart(offset);
    }

    /** Whether the line {@code offset} is on holds nothing but spaces. */
    boolean blankLine(int offset) {
        int start = lineStart(offset);
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end).isBlank();
    }

    /** The offset just after the ':' that ends the key of {@code tuple}. */
    int afterColon(NodeTuple tuple) {
        return text.indexOf(':', offset(tuple.getKeyNode().getEndMark())) + 1;
    }

    /** The entry of {@code map} under {@code key}. */
    static Optional<NodeTuple> entry(MappingNode map, String key) {
        return map.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)).findFirst();
    }

    /** The text of a scalar key. */
    static String key(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
    }

    /** The value under {@code key} when it is a map. */
    static Optional<MappingNode> mapping(MappingNode map, String key) {
        return entry(map, key).map(NodeTuple::getValueNode)
                .filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
    }

    /** Whether {@code node} is a scalar holding {@code value} (not a null). */
    static boolean holds(Node node, String value) {
        return node instanceof ScalarNode s && s.getValue().equals(value);
    }

    static Optional<SequenceNode> sequence(MappingNode map, String key) {
        return entry(map, key).map(NodeTuple::getValueNode)
                .filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast);
    }
}
