package org.centralita.flows.validate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.centralita.flows.yaml.YamlNode;

/**
 * Refuses prompt text (and numbers, money and dates, which are spoken as words) in a language no
 * text-to-speech voice speaks: such callers would hear nothing unless the prompt is recorded
 * ({@code {audio: FILE}}) for their language, so the flow cannot be published. Runs only when the
 * validator is told which languages have a voice ({@link ValidationOptions#ttsLanguages()}).
 */
final class VoiceCheck {

    /** The segments a voice speaks: text, and the values the runtime reads out as words. */
    private static final List<String> SPOKEN = List.of("text", "say-number", "say-money", "say-date");

    private VoiceCheck() {
    }

    /** Checks a prompt's content (not a reference to a prompt key: the definition is checked instead). */
    static void prompt(NodeScope scope, String what, YamlNode value) {
        Set<String> voiced = scope.flow().options().ttsLanguages();
        if (voiced == null) {
            return;
        }
        List<String> languages = scope.model().languages();
        for (String language : languages) {
            if (!speaks(voiced, language) && hasText(contentFor(value, language, languages.get(0)))) {
                scope.error(value.position(), what + " has neither a text-to-speech voice nor a recording for"
                        + " language '" + language + "': give " + language + " callers a recording ({audio: FILE})");
            }
        }
    }

    private static boolean speaks(Set<String> voiced, String language) {
        return voiced.contains(language) || voiced.contains(Locale.forLanguageTag(language).getLanguage());
    }

    /** What callers of {@code language} hear: their own entry of a map by language, else the fallback's, else all of it. */
    private static YamlNode contentFor(YamlNode value, String language, String fallback) {
        if (value instanceof YamlNode.Mapping map && PromptForms.isLanguageMap(map)) {
            return map.get(language).or(() -> map.get(fallback)).orElse(null);
        }
        return value;
    }

    private static boolean hasText(YamlNode content) {
        if (content instanceof YamlNode.Scalar scalar) {
            return !scalar.isNull();
        }
        if (content instanceof YamlNode.Sequence list) {
            return list.items().stream().anyMatch(VoiceCheck::hasText);
        }
        return content instanceof YamlNode.Mapping segment && SPOKEN.stream().anyMatch(segment::has);
    }
}
