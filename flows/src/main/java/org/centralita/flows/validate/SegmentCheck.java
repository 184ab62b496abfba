package org.centralita.flows.validate;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.centralita.flows.expr.Template;
import org.centralita.flows.model.Durations;
import org.centralita.flows.yaml.YamlNode;

/** Checks one prompt segment ({@code {say-number: balance}}, {@code {audio: sounds/hi}}, ...) or text. */
final class SegmentCheck {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final String SPOKEN = "is spoken in a prompt";

    private SegmentCheck() {
    }

    /** Inline text, with {@code ${...}} parts. */
    static void text(NodeScope scope, String what, YamlNode.Scalar scalar) {
        ExpressionCheck.template(scope, scalar, what).map(Template::variables)
                .ifPresent(names -> ExpressionCheck.sensitive(scope, names, scalar.position(), SPOKEN));
    }

    static void segment(NodeScope scope, String what, YamlNode.Mapping map) {
        List<String> kinds = map.entries().keySet().stream().filter(PromptForms.SEGMENT_KINDS::contains).toList();
        if (kinds.size() > 1) {
            scope.error(map.position(), what + ": a segment holds one of " + String.join(", ", PromptForms.SEGMENT_KINDS)
                    + "; this one has " + String.join(" and ", kinds) + " (write a list of segments)");
            return;
        }
        map.entries().forEach((key, entry) -> {
            boolean allowed = kinds.contains(key) || (key.equals(PromptForms.CURRENCY) && kinds.contains("say-money"));
            if (!allowed) {
                scope.error(entry.keyPosition(), what + ": unknown prompt segment '" + key + "'"
                        + DidYouMean.suggest(key, PromptForms.SEGMENT_KINDS));
            }
        });
        if (kinds.size() == 1) {
            kind(scope, what, kinds.get(0), map);
        }
    }

    private static void kind(NodeScope scope, String what, String kind, YamlNode.Mapping map) {
        YamlNode value = map.get(kind).orElseThrow();
        if (!(value instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            scope.error(value.position(), what + ": '" + kind + "' needs a value");
            return;
        }
        switch (kind) {
            case "text" -> text(scope, what, scalar);
            case "audio" -> audio(scope, what, scalar);
            case "pause" -> {
                if (Durations.parse(scalar.value()).isEmpty()) {
                    scope.error(scalar.position(), what + ": pause '" + scalar.value()
                            + "' is not a duration: write it like 300ms, 5s, 2m or 1h");
                }
            }
            default -> spoken(scope, what, kind, scalar, map);
        }
    }

    private static void spoken(NodeScope scope, String what, String kind, YamlNode.Scalar scalar, YamlNode.Mapping map) {
        ExpressionCheck.expression(scope, scalar, what + " '" + kind + "'", Set.of()).ifPresent(expression ->
                ExpressionCheck.sensitive(scope, expression.variables(), scalar.position(), SPOKEN));
        if ("say-money".equals(kind) && !map.has(PromptForms.CURRENCY)) {
            scope.error(map.position(), what + ": 'say-money' needs a currency, such as {say-money: "
                    + scalar.value() + ", currency: USD}");
        }
        map.text(PromptForms.CURRENCY).filter(c -> !CURRENCY.matcher(c).matches()).ifPresent(c ->
                scope.error(map.get(PromptForms.CURRENCY).orElseThrow().position(), what + ": currency '" + c
                        + "' is not an ISO 4217 code such as USD or EUR"));
    }

    private static void audio(NodeScope scope, String what, YamlNode.Scalar scalar) {
        String path = scalar.value();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            scope.error(scalar.position(), what + ": audio '" + path
                    + "' must be a path inside the flows directory, written with '/'");
        } else if (last.contains(".")) {
            scope.error(scalar.position(), what + ": audio '" + path
                    + "': write the recording's path without its extension ('" + path.substring(0, path.lastIndexOf('.')) + "')");
        }
    }
}
