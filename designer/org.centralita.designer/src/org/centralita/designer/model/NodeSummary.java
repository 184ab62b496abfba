package org.centralita.designer.model;

import java.util.Optional;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.yaml.YamlNode;

/**
 * The line a node shows under its title: its prompt's first words in the flow's default
 * language, or its key field.
 */
final class NodeSummary {

    private static final int WORDS = 6;
    private static final String[] KEY_FIELDS = {"prompt", "queue", "to", "calendar", "connector", "flow",
        "rules", "mailbox", "outcome", "set", "description"};

    private NodeSummary() {
    }

    static String of(FlowNode node, Flow flow) {
        for (String field : KEY_FIELDS) {
            Optional<String> text = node.field(field).map(v -> resolved(v, flow))
                    .flatMap(v -> firstText(v, flow.defaultLanguage()));
            if (text.isPresent()) {
                return firstWords(text.get());
            }
        }
        return "";
    }

    /** A prompt written as a key of {@code prompts:} stands for that prompt. */
    private static YamlNode resolved(YamlNode value, Flow flow) {
        if (value instanceof YamlNode.Scalar s && flow.prompts().containsKey(s.value())) {
            return flow.prompts().get(s.value());
        }
        return value;
    }

    /**
     * The first text of a prompt in any of its forms (key, inline, by language, segments): by
     * language, the {@code language} given (the flow's default) when it is written, whatever the
     * order of the languages in the file.
     */
    private static Optional<String> firstText(YamlNode value, String language) {
        if (value instanceof YamlNode.Scalar s) {
            return s.isNull() ? Optional.empty() : Optional.of(s.value());
        }
        if (value instanceof YamlNode.Sequence list) {
            return list.items().stream().map(item -> firstText(item, language)).flatMap(Optional::stream).findFirst();
        }
        if (value instanceof YamlNode.Mapping map) {
            Optional<String> inLanguage = map.get(language).flatMap(v -> firstText(v, language));
            if (inLanguage.isPresent()) {
                return inLanguage;
            }
            return map.entries().values().stream().map(e -> firstText(e.value(), language))
                    .flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }

    static String firstWords(String text) {
        String[] words = text.trim().split("\\s+");
        if (words.length <= WORDS) {
            return text.trim();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, WORDS)) + "\u2026";
    }
}
