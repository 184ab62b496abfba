package org.centralita.flows.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralita.flows.executable.PromptSpec;
import org.centralita.flows.executable.SegmentSpec;
import org.centralita.flows.model.Durations;
import org.centralita.flows.model.Flow;
import org.centralita.flows.yaml.YamlNode;

/**
 * Resolves what a flow writes as a prompt (a key of {@code prompts}, inline text, a map by
 * language, a segment or a list of segments) into a {@link PromptSpec} with segments for every
 * language of the flow: a language with no text of its own gets the default language's.
 */
final class PromptCompiler {

    private static final Set<String> SEGMENT_KEYS =
            Set.of("text", "audio", "say-number", "say-digits", "say-date", "say-money", "pause");

    private final Flow flow;
    private final List<String> languages;
    /** Keys of {@code prompts} already resolved without problems: many nodes share them. */
    private final Map<String, PromptSpec> byKey = new HashMap<>();

    PromptCompiler(Flow flow) {
        this.flow = flow;
        this.languages = flow.languages();
    }

    PromptSpec resolve(YamlNode written, NodeContext node) {
        if (written instanceof YamlNode.Scalar s && flow.prompts().containsKey(s.value())) {
            PromptSpec known = byKey.get(s.value());
            if (known != null) {
                return known;
            }
            int errorsBefore = node.errorCount();
            PromptSpec spec = build(flow.prompts().get(s.value()), node);
            if (node.errorCount() == errorsBefore) {
                byKey.put(s.value(), spec);
            }
            return spec;
        }
        return build(written, node);
    }

    private PromptSpec build(YamlNode written, NodeContext node) {
        Map<String, List<SegmentSpec>> byLanguage = new LinkedHashMap<>();
        if (written instanceof YamlNode.Mapping map && map.entries().keySet().stream().noneMatch(SEGMENT_KEYS::contains)) {
            map.entries().forEach((language, entry) -> byLanguage.put(language, segments(entry.value(), node)));
        } else {
            byLanguage.put(languages.get(0), segments(written, node));
        }
        if (byLanguage.isEmpty()) {
            return node.fail(written.position(), "the prompt has no text for any language", null);
        }
        List<SegmentSpec> fallback = byLanguage.containsKey(languages.get(0)) ? byLanguage.get(languages.get(0))
                : byLanguage.values().iterator().next();
        for (String language : languages) {
            byLanguage.putIfAbsent(language, fallback);
        }
        return new PromptSpec(byLanguage, languages.get(0));
    }

    private List<SegmentSpec> segments(YamlNode written, NodeContext node) {
        List<YamlNode> items = written instanceof YamlNode.Sequence seq ? seq.items() : List.of(written);
        List<SegmentSpec> segments = new ArrayList<>();
        for (YamlNode item : items) {
            SegmentSpec segment = segment(item, node);
            if (segment != null) {
                segments.add(segment);
            }
        }
        return List.copyOf(segments);
    }

    private SegmentSpec segment(YamlNode item, NodeContext node) {
        if (item instanceof YamlNode.Scalar) {
            String text = node.scalar(item, "a prompt");
            return text == null ? null : new SegmentSpec.Text(node.template(text, item.position()));
        }
        if (!(item instanceof YamlNode.Mapping map)) {
            return node.fail(item.position(), "a prompt segment must be text or a map such as {text: ...}", null);
        }
        List<String> kinds = map.entries().keySet().stream().filter(SEGMENT_KEYS::contains).toList();
        if (kinds.size() != 1) {
            return node.fail(map.position(), "a prompt segment has exactly one of " + String.join(", ", SEGMENT_KEYS.stream().sorted().toList()), null);
        }
        String kind = kinds.get(0);
        map.entries().keySet().stream().filter(k -> !k.equals(kind) && !("say-money".equals(kind) && "currency".equals(k)))
                .forEach(k -> node.error(map.entries().get(k).keyPosition(), "unknown key '" + k + "' in a '" + kind + "' segment"));
        YamlNode value = map.get(kind).orElseThrow();
        String text = node.scalar(value, "'" + kind + "'");
        return text == null ? null : segment(kind, text, map, node);
    }

    private SegmentSpec segment(String kind, String text, YamlNode.Mapping map, NodeContext node) {
        var at = map.get(kind).orElseThrow().position();
        return switch (kind) {
            case "text" -> new SegmentSpec.Text(node.template(text, at));
            case "audio" -> new SegmentSpec.Audio(text);
            case "say-number" -> new SegmentSpec.SayNumber(node.expression(text, at));
            case "say-digits" -> new SegmentSpec.SayDigits(node.expression(text, at));
            case "say-date" -> new SegmentSpec.SayDate(node.expression(text, at));
            case "say-money" -> new SegmentSpec.SayMoney(node.expression(text, at), map.text("currency").orElseGet(() ->
                    node.fail(map.position(), "'say-money' needs a currency, for example {say-money: balance, currency: USD}", null)));
            default -> new SegmentSpec.Pause(Durations.parse(text).orElseGet(() ->
                    node.fail(at, "'" + text + "' is not a duration (300ms, 5s, 2m, 1h)", null)));
        };
    }
}
