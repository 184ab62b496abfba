package org.centralita.flows.validate;

import java.util.List;
import java.util.Set;
import org.centralita.flows.yaml.YamlNode;

/**
 * Checks prompts, wherever written: prompt keys that exist, languages of the flow, text that
 * parses, segments (see {@link SegmentCheck}), and languages left without text.
 */
final class PromptCheck {

    private PromptCheck() {
    }

    /** A node's prompt field ({@code prompt}, {@code confirm}, ...). */
    static void field(NodeScope scope, String field, YamlNode value) {
        if (value instanceof YamlNode.Scalar scalar && !scalar.isNull()
                && PromptForms.looksLikeKey(scalar.value())) {
            Set<String> keys = scope.model().prompts().keySet();
            if (!PromptForms.isKeyReference(scalar.value(), keys)) {
                String hint = DidYouMean.suggest(scalar.value(), keys);
                scope.error(scalar.position(), "unknown prompt '" + scalar.value() + "' in '" + field + "'"
                        + (hint.isEmpty() ? " (to speak the word itself, write {text: " + scalar.value() + "})" : hint));
            }
            return;
        }
        content(scope, "'" + field + "'", value, true);
        VoiceCheck.prompt(scope, "'" + field + "'", value);
    }

    /** An entry of the flow's {@code prompts} section. */
    static void definition(NodeScope scope, String key, YamlNode value) {
        content(scope, "prompt '" + key + "'", value, true);
        VoiceCheck.prompt(scope, "prompt '" + key + "'", value);
    }

    private static void content(NodeScope scope, String what, YamlNode value, boolean languagesAllowed) {
        if (value instanceof YamlNode.Scalar scalar) {
            if (scalar.isNull()) {
                scope.error(value.position(), what + " is empty");
            } else {
                SegmentCheck.text(scope, what, scalar);
            }
        } else if (value instanceof YamlNode.Sequence list) {
            segments(scope, what, list);
        } else if (value instanceof YamlNode.Mapping map && !PromptForms.isLanguageMap(map)) {
            SegmentCheck.segment(scope, what, map);
        } else if (languagesAllowed) {
            byLanguage(scope, what, (YamlNode.Mapping) value);
        } else {
            scope.error(value.position(), what + ": a map by language cannot be inside another one or in a list");
        }
    }

    private static void segments(NodeScope scope, String what, YamlNode.Sequence list) {
        if (list.items().isEmpty()) {
            scope.error(list.position(), what + " is an empty list");
        }
        for (YamlNode item : list.items()) {
            if (item instanceof YamlNode.Sequence) {
                scope.error(item.position(), what + ": a list of segments cannot hold another list");
            } else {
                content(scope, what, item, false);
            }
        }
    }

    private static void byLanguage(NodeScope scope, String what, YamlNode.Mapping map) {
        List<String> languages = scope.model().languages();
        map.entries().forEach((language, entry) -> {
            if (!languages.contains(language)) {
                scope.error(entry.keyPosition(), what + ": '" + language + "' is not a language of the flow ("
                        + String.join(", ", languages) + ")" + DidYouMean.suggest(language, languages));
            }
            content(scope, what, entry.value(), false);
        });
        String fallback = languages.get(0);
        for (String language : languages) {
            if (!map.has(language)) {
                scope.warning(map.position(), what + " has no " + language + " text: " + language
                        + " callers hear " + (map.has(fallback) ? fallback : map.entries().keySet().iterator().next()));
            }
        }
    }
}
