package org.centralita.flows.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Reads one YAML document into a {@link YamlNode} tree with positions. SnakeYAML composes the
 * node graph (with marks); this class refuses what a flow file must not contain: duplicate keys,
 * anchors and aliases, non-text keys, several documents, control characters, and what passes
 * the {@link ReadLimits} (size, nesting, a single value's length).
 */
public final class YamlDocumentReader {

    private YamlDocumentReader() {
    }

    /** Parses {@code text} (the file's content) read from {@code file}. */
    public static YamlNode read(String file, String text) throws FlowReadException {
        return convert(file, compose(file, text));
    }

    /**
     * SnakeYAML's node graph of {@code text}, with the marks (line, column, index) of every node,
     * refusing binary, empty, oversized and multi-document files. {@link #convert} makes the positioned tree.
     */
    public static Node compose(String file, String text) throws FlowReadException {
        if (text.length() > ReadLimits.MAX_FILE_BYTES) {
            throw new FlowReadException(SourcePosition.start(file), "the file is " + ReadLimits.size(text.length())
                    + " long; a flow or calendar file may be at most " + ReadLimits.size(ReadLimits.MAX_FILE_BYTES));
        }
        refuseBinary(file, text);
        if (text.isBlank()) {
            throw new FlowReadException(SourcePosition.start(file), "the file is empty");
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10); // refused below, with a clear message
        options.setCodePointLimit(ReadLimits.MAX_FILE_BYTES);
        options.setNestingDepthLimit(ReadLimits.MAX_NESTING_DEPTH);
        options.setProcessComments(false);
        Node root;
        try {
            List<Node> documents = new ArrayList<>();
            new Yaml(options).composeAll(new StringReader(text)).forEach(documents::add);
            if (documents.size() > 1) {
                throw new FlowReadException(position(file, documents.get(1).getStartMark()),
                        "a flow file holds one YAML document; remove the second '---'");
            }
            root = documents.isEmpty() ? null : documents.get(0);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new FlowReadException(position(file, mark), "YAML syntax: " + oneLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new FlowReadException(SourcePosition.start(file), "YAML: " + oneLine(e.getMessage()));
        }
        if (root == null) {
            throw new FlowReadException(SourcePosition.start(file), "the file is empty");
        }
        return root;
    }

    private static void refuseBinary(String file, String text) throws FlowReadException {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if ((c < 0x20 && c != '\t' && c != '\r') || c == '\uFFFD') {
                throw new FlowReadException(new SourcePosition(file, line, column),
                        "this is not a text file (binary or not UTF-8 content); a flow is a UTF-8 YAML file");
            }
            column++;
        }
    }

    /** The positioned tree of a composed node graph, refusing anchors, merge keys and non-text keys. */
    public static YamlNode convert(String file, Node node) throws FlowReadException {
        SourcePosition position = position(file, node.getStartMark());
        if (node.getAnchor() != null) {
            throw new FlowReadException(position, "anchors and aliases ('&', '*') are not allowed in flow files");
        }
        if (node instanceof ScalarNode scalar) {
            refuseLong(scalar, position);
            boolean quoted = scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN;
            boolean isNull = !quoted && Tag.NULL.equals(scalar.getTag());
            return new YamlNode.Scalar(scalar.getValue(), quoted, isNull, position);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(file, item));
            }
            return new YamlNode.Sequence(items, position);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            SourcePosition keyPosition = position(file, keyNode.getStartMark());
            if (!(keyNode instanceof ScalarNode key)) {
                throw new FlowReadException(keyPosition, "a key must be a plain name, not a list or a map");
            }
            refuseLong(key, keyPosition);
            if ("<<".equals(key.getValue())) {
                throw new FlowReadException(keyPosition, "merge keys ('<<') are not allowed in flow files");
            }
            if (entries.containsKey(key.getValue())) {
                SourcePosition first = entries.get(key.getValue()).keyPosition();
                throw new FlowReadException(keyPosition, "duplicate key '" + key.getValue()
                        + "' (first at line " + first.line() + ")");
            }
            entries.put(key.getValue(), new YamlNode.Entry(key.getValue(), keyPosition,
                    convert(file, tuple.getValueNode())));
        }
        return new YamlNode.Mapping(entries, position);
    }

    private static void refuseLong(ScalarNode scalar, SourcePosition position) throws FlowReadException {
        if (scalar.getValue().length() > ReadLimits.MAX_VALUE_CHARS) {
            throw new FlowReadException(position, "this value is " + scalar.getValue().length()
                    + " characters long; a value may be at most " + ReadLimits.MAX_VALUE_CHARS);
        }
    }

    private static SourcePosition position(String file, Mark mark) {
        return mark == null ? SourcePosition.start(file)
                : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable" : message.replaceAll("\\s+", " ").trim();
    }
}
