package org.centralita.flows.edit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.yaml.YamlNode;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A node as copied (the designer's copy/paste): its id, its type and its fields as values that
 * {@link CreateNode} writes back as they were read: a number stays a number, quoted text stays
 * text, maps and lists keep their order.
 */
public record NodeCopy(String id, String type, Map<String, Object> fields) {

    private static final Resolver RESOLVER = new Resolver();

    public NodeCopy {
        fields = new LinkedHashMap<>(fields);
    }

    /** The copy of a node of a flow: every field but {@code type}. */
    public static NodeCopy of(FlowNode node) {
        Map<String, Object> fields = new LinkedHashMap<>();
        node.body().entries().forEach((key, entry) -> {
            if (!"type".equals(key)) {
                fields.put(key, valueOf(entry.value()));
            }
        });
        return new NodeCopy(node.id(), node.typeName(), fields);
    }

    /**
     * The copy with the outcome written at {@code path} (an {@link Outcome}'s path) going to
     * {@code target}, or left unconnected (its entry removed) when {@code target} is null.
     */
    public NodeCopy withOutcome(List<Object> path, String target) {
        Map<String, Object> copied = deepCopy(fields);
        Object parent = copied;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = child(parent, path.get(i));
            if (parent == null) {
                return new NodeCopy(id, type, copied);
            }
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<Object, Object> writable = (Map<Object, Object>) map;
            String key = String.valueOf(last);
            if (target == null) {
                writable.remove(key);
            } else if (writable.containsKey(key)) {
                writable.put(key, target);
            }
        }
        return new NodeCopy(id, type, copied);
    }

    private static Object child(Object parent, Object step) {
        if (parent instanceof Map<?, ?> map) {
            return map.get(String.valueOf(step));
        }
        if (parent instanceof List<?> list && step instanceof Integer index && index >= 0 && index < list.size()) {
            return list.get(index);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(deepCopy(item)));
            return (T) copy;
        }
        return value;
    }

    /** A value read from YAML as the Java value that is written back the same way. */
    public static Object valueOf(YamlNode node) {
        if (node instanceof YamlNode.Mapping map) {
            Map<String, Object> values = new LinkedHashMap<>();
            map.entries().forEach((key, entry) -> values.put(key, valueOf(entry.value())));
            return values;
        }
        if (node instanceof YamlNode.Sequence list) {
            List<Object> values = new ArrayList<>();
            list.items().forEach(item -> values.add(valueOf(item)));
            return values;
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        if (scalar.isNull()) {
            return null;
        }
        if (scalar.quoted()) {
            return scalar.value();
        }
        return plain(scalar.value());
    }

    /** Plain text YAML reads as a number or true/false becomes that value, other text stays text. */
    private static Object plain(String text) {
        Tag tag = RESOLVER.resolve(NodeId.scalar, text, true);
        try {
            if (Tag.INT.equals(tag)) {
                return new BigInteger(text.replace("_", ""));
            }
            if (Tag.FLOAT.equals(tag)) {
                return new BigDecimal(text.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return text;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT).matches("true|yes|on"));
        }
        return text;
    }
}
