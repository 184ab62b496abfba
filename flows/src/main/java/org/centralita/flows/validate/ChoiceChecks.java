package org.centralita.flows.validate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.centralita.flows.yaml.YamlNode;

/** What the nodes that offer the caller choices share: option keys, spoken phrases, confidence. */
final class ChoiceChecks {

    private ChoiceChecks() {
    }

    /** The map written under {@code field}, when it is one (its shape is checked by kind). */
    static Optional<YamlNode.Mapping> map(NodeScope scope, String field) {
        return scope.node().field(field).filter(YamlNode.Mapping.class::isInstance).map(YamlNode.Mapping.class::cast);
    }

    /** Reports an option key that is not one DTMF key. */
    static void key(NodeScope scope, YamlNode.Entry option) {
        if (!Names.isDtmfKey(option.key())) {
            scope.error(option.keyPosition(), "option '" + option.key()
                    + "' must be one DTMF key: 0-9, \"*\" or \"#\" (write * and # in quotes)");
        }
    }

    /** Reports keys of an option's map other than {@code allowed}. */
    static void optionKeys(NodeScope scope, YamlNode.Entry option, YamlNode.Mapping body, List<String> allowed) {
        body.entries().forEach((key, entry) -> {
            if (!allowed.contains(key)) {
                scope.error(entry.keyPosition(), "option '" + option.key() + "': unknown key '" + key + "'"
                        + DidYouMean.suggest(key, allowed));
            }
        });
    }

    /** Tracks the phrases of one node's options, to report a phrase two options claim. */
    static final class Phrases {
        private final Map<String, String> ownerByPhrase = new HashMap<>();

        void add(NodeScope scope, String option, YamlNode say) {
            List<YamlNode> items = say instanceof YamlNode.Sequence list ? list.items() : List.of(say);
            for (YamlNode item : items) {
                if (!(item instanceof YamlNode.Scalar phrase) || phrase.isNull() || phrase.value().isBlank()) {
                    scope.error(item.position(), "option '" + option + "': a phrase must be text, not " + item.kind());
                    continue;
                }
                String owner = ownerByPhrase.putIfAbsent(normalize(phrase.value()), option);
                if (owner != null) {
                    scope.error(phrase.position(), "phrase '" + phrase.value() + "' is used twice: by option '"
                            + owner + "' and by option '" + option + "'");
                }
            }
        }

        /** Phrases are compared ignoring case and spacing, as a recognizer hears them. */
        private static String normalize(String phrase) {
            return phrase.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    /** Reports a {@code confidence} that is not a number from 0 to 1. */
    static void confidence(NodeScope scope) {
        scope.node().field("confidence").filter(YamlNode.Scalar.class::isInstance).map(YamlNode.Scalar.class::cast)
                .filter(s -> !isFraction(s.value()))
                .ifPresent(s -> scope.error(s.position(), "'confidence' '" + s.value() + "' must be a number from 0 to 1"));
    }

    private static boolean isFraction(String text) {
        try {
            BigDecimal value = new BigDecimal(text.trim());
            return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
