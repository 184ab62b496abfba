package org.centralita.runtime.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.centralita.flows.model.Durations;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/**
 * Reads one map of the configuration: its keys checked against the ones it may have (an
 * unknown key is a problem, with a "did you mean"), its values typed, every value defaulted.
 * Problems are collected, not thrown, so that a file's mistakes are reported all at once.
 */
public final class ConfigMapping {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private final YamlNode.Mapping mapping;
    private final String where;
    private final List<String> problems;

    /**
     * @param where how messages name the map ({@code "the configuration"}, {@code "connector 'crm'"})
     */
    public ConfigMapping(YamlNode.Mapping mapping, String where, Set<String> allowedKeys, List<String> problems) {
        this.mapping = mapping;
        this.where = where;
        this.problems = problems;
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowedKeys.contains(entry.key())) {
                problems.add(problem(entry.keyPosition(), "unknown key '" + entry.key() + "' in " + where
                        + suggestion(entry.key(), allowedKeys)));
            }
        }
    }

    /** {@code node} as a map to read, or a problem (and an empty map) when it is not one. */
    public static YamlNode.Mapping asMapping(YamlNode node, String where, List<String> problems) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        problems.add(problem(node.position(), where + " must be a map, not " + node.kind()));
        return new YamlNode.Mapping(java.util.Map.of(), node.position());
    }

    static String problem(SourcePosition position, String message) {
        return position + ": error: " + message;
    }

    public YamlNode.Mapping mapping() {
        return mapping;
    }

    /** How messages name this map ({@code agi}, {@code connector 'crm'}). */
    public String name() {
        return where;
    }

    /** The section {@code key} of the configuration, its keys checked; an empty map when absent. */
    public static ConfigMapping section(RuntimeConfig config, String key, Set<String> keys, List<String> problems) {
        YamlNode.Mapping mapping = config.section(key)
                .map(node -> asMapping(node, key, problems))
                .orElseGet(() -> new YamlNode.Mapping(java.util.Map.of(), SourcePosition.start("centralita.yaml")));
        return new ConfigMapping(mapping, key, keys, problems);
    }

    /** The map under {@code key} of this one, its keys checked; an empty map when absent. */
    public ConfigMapping child(String key, Set<String> keys) {
        String name = where + "." + key;
        YamlNode.Mapping child = mapping.get(key).map(node -> asMapping(node, name, problems))
                .orElseGet(() -> new YamlNode.Mapping(java.util.Map.of(), mapping.position()));
        return new ConfigMapping(child, name, keys, problems);
    }

    /** A list of single values ({@code [a, b]}), or a problem and the fallback. */
    public List<String> list(String key, List<String> fallback) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            return fallback;
        }
        if (node.get() instanceof YamlNode.Sequence sequence
                && sequence.items().stream().allMatch(item -> item instanceof YamlNode.Scalar s && !s.isNull())) {
            return sequence.items().stream().map(item -> ((YamlNode.Scalar) item).value()).toList();
        }
        problems.add(problem(node.get().position(), key + " in " + where + " must be a list like [a, b]"));
        return fallback;
    }

    /** One of {@code choices} (written in lower case), or a problem and the fallback. */
    public String choice(String key, String fallback, List<String> choices) {
        return scalar(key).map(text -> {
            if (choices.contains(text)) {
                return text;
            }
            problems.add(problem(position(key), key + " in " + where + " must be one of "
                    + String.join(", ", choices) + ", not '" + text + "'"));
            return fallback;
        }).orElse(fallback);
    }

    public String text(String key, String fallback) {
        return scalar(key).orElse(fallback);
    }

    /**
     * A single value {@code check} accepts (it tells why not: the message's end), or a problem
     * naming the key and the fallback.
     */
    public String checked(String key, String fallback, java.util.function.Function<String, Optional<String>> check) {
        return scalar(key).map(text -> check.apply(text).map(why -> {
            problems.add(problem(position(key), key + " in " + where + " " + why));
            return fallback;
        }).orElse(text)).orElse(fallback);
    }

    /** A whole number within {@code min..max}, or a problem and the fallback. */
    public int number(String key, int fallback, int min, int max) {
        return scalar(key).map(text -> {
            if (text.matches("\\d{1,9}") && Integer.parseInt(text) >= min && Integer.parseInt(text) <= max) {
                return Integer.parseInt(text);
            }
            problems.add(problem(position(key), key + " in " + where + " must be a number from " + min + " to " + max
                    + ", not '" + text + "'"));
            return fallback;
        }).orElse(fallback);
    }

    /** {@code true} or {@code false}, or a problem and the fallback. */
    public boolean flag(String key, boolean fallback) {
        return scalar(key).map(text -> {
            if (text.equals("true") || text.equals("false")) {
                return Boolean.parseBoolean(text);
            }
            problems.add(problem(position(key), key + " in " + where + " must be true or false, not '" + text + "'"));
            return fallback;
        }).orElse(fallback);
    }

    public Duration duration(String key, Duration fallback) {
        return scalar(key).map(text -> Durations.parse(text).orElseGet(() -> {
            problems.add(problem(position(key), key + " in " + where + " must be a duration like 2s or 500ms, not '" + text + "'"));
            return fallback;
        })).orElse(fallback);
    }

    /** A URL (required when {@code required}). */
    URI url(String key, boolean required) {
        Optional<String> text = scalar(key);
        if (text.isEmpty()) {
            if (required) {
                problems.add(problem(mapping.position(), where + " needs '" + key + "'"));
            }
            return null;
        }
        try {
            URI uri = new URI(text.get());
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
                throw new URISyntaxException(text.get(), "not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add(problem(position(key), key + " in " + where + " must be an http(s) URL, not '" + text.get() + "'"));
            return null;
        }
    }

    private Optional<String> scalar(String key) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar s) {
            return Optional.of(s.value());
        }
        problems.add(problem(node.get().position(), key + " in " + where + " must be a single value, not " + node.get().kind()));
        return Optional.empty();
    }

    private SourcePosition position(String key) {
        return mapping.get(key).map(YamlNode::position).orElse(mapping.position());
    }

    private static String suggestion(String key, Set<String> allowedKeys) {
        return allowedKeys.stream()
                .filter(k -> DISTANCE.apply(k, key) >= 0)
                .min(Comparator.comparingInt(k -> DISTANCE.apply(k, key)))
                .map(k -> " (did you mean '" + k + "'?)")
                .orElse("; the keys are " + String.join(", ", allowedKeys.stream().sorted().toList()));
    }
}
