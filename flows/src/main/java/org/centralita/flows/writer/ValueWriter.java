package org.centralita.flows.writer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.centralita.flows.model.Durations;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
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
 * Writes one value (text, number, true/false, a {@link Duration}, a list or a map of those) as
 * flow-file YAML, with the same quoting as {@link FlowWriter}: on one line ({@code {say: [a],
 * next: b}}) for a place inside a line, or as block lines for a new node or section. Text is
 * quoted only where YAML would read it as something else ({@code "1"}, {@code "#"}).
 */
public final class ValueWriter {

    private static final Resolver RESOLVER = new Resolver();

    private ValueWriter() {
    }

    /** {@code value} written on one line. */
    public static String inline(Object value) {
        return emit(node(value, 0), FlowStyle.FLOW).strip();
    }

    /**
     * {@code map} written as block lines, each indented by {@code indent} spaces and ended by
     * {@code lineBreak}. Maps {@code levels} deep (the outer map is level 1) and lists of maps
     * within them are written as block lines, anything deeper on one line each, the way flow
     * files write a node: {@code options:} on its own line, each option {@code {say: [..], next: x}}.
     */
    public static String block(Map<String, ?> map, int indent, String lineBreak, int levels) {
        String text = emit(node(map, levels), FlowStyle.BLOCK);
        StringBuilder out = new StringBuilder();
        String pad = " ".repeat(indent);
        for (String line : text.split("\n")) {
            out.append(pad).append(line).append(lineBreak);
        }
        return out.toString();
    }

    /** Whether {@code value} fits on one line in a block (a scalar, or a list of scalars). */
    public static boolean fitsInline(Object value) {
        return !(value instanceof Map<?, ?>)
                && !(value instanceof List<?> list && list.stream().anyMatch(i -> i instanceof Map<?, ?> || i instanceof List<?>));
    }

    private static String emit(Node node, FlowStyle style) {
        DumperOptions options = FlowWriter.options();
        options.setDefaultFlowStyle(style);
        StringWriter out = new StringWriter();
        Serializer serializer = new Serializer(new Emitter(out, options), RESOLVER, options, null);
        try {
            serializer.open();
            serializer.serialize(node);
            serializer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString();
    }

    private static Node node(Object value, int levels) {
        boolean inline = levels <= 0;
        if (value instanceof Map<?, ?> map) {
            List<NodeTuple> tuples = new ArrayList<>();
            map.forEach((k, v) -> tuples.add(new NodeTuple(text(String.valueOf(k), true), node(v, levels - 1))));
            return new MappingNode(Tag.MAP, tuples, inline ? FlowStyle.FLOW : FlowStyle.BLOCK);
        }
        if (value instanceof List<?> list) {
            List<Node> items = new ArrayList<>();
            list.forEach(item -> items.add(node(item, 0)));
            return new SequenceNode(Tag.SEQ, items, inline || fitsInline(list) ? FlowStyle.FLOW : FlowStyle.BLOCK);
        }
        if (value == null) {
            return new ScalarNode(Tag.NULL, "null", null, null, ScalarStyle.PLAIN);
        }
        if (value instanceof Duration duration) {
            return text(Durations.format(duration), inline);
        }
        if (value instanceof Number || value instanceof Boolean) {
            String written = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
            return new ScalarNode(ScalarStyles.plainTag(written), written, null, null, ScalarStyle.PLAIN);
        }
        return text(value.toString(), inline);
    }

    /** Text that reads back as the same text: plain where it can be, quoted otherwise. */
    private static Node text(String value, boolean inline) {
        boolean mustQuote = !ScalarStyles.plainTag(value).equals(Tag.STR);
        ScalarStyle style = ScalarStyles.of(value, mustQuote);
        if (inline && style == ScalarStyle.LITERAL) {
            style = ScalarStyle.DOUBLE_QUOTED;
        }
        return new ScalarNode(Tag.STR, value, null, null, style);
    }
}
