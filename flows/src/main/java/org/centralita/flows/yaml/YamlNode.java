package org.centralita.flows.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML value as written in a flow file, with the position of every element, so that every
 * message can name the line and column it is about. Mappings keep the order keys were written in.
 */
public sealed interface YamlNode {

    SourcePosition position();

    /** A human name for the kind of value, for messages ("a text", "a list", "a map"). */
    String kind();

    /** A scalar: its text as written, and whether it was quoted (quoted text is never a number). */
    record Scalar(String value, boolean quoted, boolean isNull, SourcePosition position) implements YamlNode {
        public String kind() {
            return isNull ? "nothing" : "a value";
        }
    }

    /** A sequence of values. */
    record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        public String kind() {
            return "a list";
        }
    }

    /** A key as written and the value it has. */
    record Entry(String key, SourcePosition keyPosition, YamlNode value) {
    }

    /** A mapping from keys to values, in the order written. */
    record Mapping(Map<String, Entry> entries, SourcePosition position) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public String kind() {
            return "a map";
        }

        public Optional<YamlNode> get(String key) {
            Entry entry = entries.get(key);
            return entry == null ? Optional.empty() : Optional.of(entry.value());
        }

        public Optional<Entry> entry(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }

        /** The text of a scalar under {@code key}, if the key is there and holds a scalar. */
        public Optional<String> text(String key) {
            return get(key).filter(Scalar.class::isInstance).map(Scalar.class::cast)
                    .filter(s -> !s.isNull()).map(Scalar::value);
        }
    }
}
