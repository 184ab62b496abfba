package org.centralita.flows.writer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.centralita.flows.yaml.YamlNode;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.serializer.Serializer;

/**
 * Writes a flow as stable, diff-friendly YAML: block style, keys in the order held, each
 * {@code layout} entry on one line ({@code greet: {x: 40, y: 40}}), text quoted only when YAML
 * would read it otherwise. The same tree always gives the same text, so a flow saved twice does
 * not change. SnakeYAML's emitter writes the text; this class only builds its node tree.
 */
public final class FlowWriter {

    /** The top-level key whose entries are written on one line each. */
    static final String LAYOUT = "layout";

    private static final Resolver RESOLVER = new Resolver();

    /** The options both writers share: block style, 2 spaces, one line per value, UNIX line ends. */
    static DumperOptions options() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return options;
    }

    private FlowWriter() {
    }

    /** The YAML text of {@code root}, ending with a newline. */
    public static String write(YamlNode.Mapping root) {
        DumperOptions options = options();
        StringWriter out = new StringWriter();
        Serializer serializer = new Serializer(new Emitter(out, options), RESOLVER, options, null);
        try {
            serializer.open();
            serializer.serialize(root(root));
            serializer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString();
    }

    private static Node root(YamlNode.Mapping root) {
        List<NodeTuple> tuples = new ArrayList<>();
        root.entries().forEach((key, entry) -> {
            YamlNode value = entry.value();
            Node written = key.equals(LAYOUT) && value instanceof YamlNode.Mapping layout
                    ? mapping(layout, FlowStyle.BLOCK, FlowStyle.FLOW) : node(value, FlowStyle.BLOCK);
            tuples.add(new NodeTuple(key(key), written));
        });
        return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
    }

    private static Node node(YamlNode value, FlowStyle style) {
        if (value instanceof YamlNode.Mapping map) {
            return mapping(map, style, style);
        }
        if (value instanceof YamlNode.Sequence list) {
            List<Node> items = new ArrayList<>();
            list.items().forEach(item -> items.add(node(item, style)));
            return new SequenceNode(Tag.SEQ, items, style);
        }
        return scalar((YamlNode.Scalar) value, style == FlowStyle.FLOW);
    }

    /** A mapping in {@code style} whose values are written in {@code valueStyle}. */
    private static Node mapping(YamlNode.Mapping map, FlowStyle style, FlowStyle valueStyle) {
        List<NodeTuple> tuples = new ArrayList<>();
        map.entries().forEach((key, entry) -> tuples.add(new NodeTuple(key(key), node(entry.value(), valueStyle))));
        return new MappingNode(Tag.MAP, tuples, style);
    }

    private static Node key(String key) {
        return new ScalarNode(plainTag(key), key, null, null, ScalarStyles.of(key, false));
    }

    private static Node scalar(YamlNode.Scalar scalar, boolean inFlow) {
        if (scalar.isNull()) {
            return new ScalarNode(Tag.NULL, inFlow ? "null" : "", null, null, DumperOptions.ScalarStyle.PLAIN);
        }
        String value = scalar.value();
        Tag tag = scalar.quoted() ? Tag.STR : plainTag(value);
        boolean mustQuote = tag.equals(Tag.STR) && !plainTag(value).equals(Tag.STR);
        return new ScalarNode(tag, value, null, null, ScalarStyles.of(value, mustQuote));
    }

    private static Tag plainTag(String text) {
        return ScalarStyles.plainTag(text);
    }
}
