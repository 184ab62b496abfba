package org.centralita.flows.validate;

import java.util.List;
import java.util.Set;
import org.centralita.flows.model.Durations;
import org.centralita.flows.registry.FieldSpec;
import org.centralita.flows.yaml.YamlNode;

/**
 * Checks a field's value against the kind the registry gives it, the same way for every node
 * type. What a kind means only for one type (a menu's options, a crm's store) is left to that
 * type's validator.
 */
final class FieldCheck {

    /** The built-in grammars an input may name. */
    static final List<String> GRAMMARS = List.of("digits", "number", "yes-no", "date", "money");
    static final String LUHN = "luhn";

    private FieldCheck() {
    }

    static void check(NodeScope scope, FieldSpec spec, YamlNode value) {
        String field = "'" + spec.name() + "'";
        if (value instanceof YamlNode.Scalar s && s.isNull()) {
            scope.error(value.position(), field + " is empty");
            return;
        }
        switch (spec.kind()) {
            case PROMPT -> PromptCheck.field(scope, spec.name(), value);
            case EXPRESSION -> ExpressionCheck.expression(scope, value, field, Set.of());
            case VALIDATION -> validation(scope, field, value);
            case GRAMMAR -> grammar(scope, field, value);
            case MAP, OPTIONS, OUTCOMES -> shape(scope, field, value, YamlNode.Mapping.class, "a map");
            case BRANCHES -> shape(scope, field, value, YamlNode.Sequence.class, "a list");
            case ANY, PHRASES -> { }
            default -> scalar(scope, spec, field, value);
        }
    }

    /** The largest whole number a field takes (nine digits: every count and limit of a flow fits). */
    static final int MAX_WHOLE_NUMBER = 999_999_999;

    private static void scalar(NodeScope scope, FieldSpec spec, String field, YamlNode value) {
        if (!(value instanceof YamlNode.Scalar scalar)) {
            scope.error(value.position(), field + " must be " + article(spec.kind().label()) + ", not " + value.kind());
            return;
        }
        String text = scalar.value();
        switch (spec.kind()) {
            case DURATION -> expect(scope, scalar, Durations.parse(text).isPresent(),
                    field + " '" + text + "' is not a duration: write it like 300ms, 5s, 2m or 1h");
            case INTEGER -> expect(scope, scalar, !scalar.quoted() && text.matches("\\d{1,9}"), wholeNumber(field, text));
            case BOOLEAN -> expect(scope, scalar, !scalar.quoted() && (text.equals("true") || text.equals("false")),
                    field + " '" + text + "' must be true or false");
            case KEYS -> expect(scope, scalar, text.matches("[0-9*#]+"),
                    field + " '" + text + "' must be DTMF keys (0-9, * or #; write \"#\" and \"*\" in quotes)");
            case CHOICE -> expect(scope, scalar, spec.choices().contains(text), field + " '" + text + "' must be one of "
                    + String.join(", ", spec.choices()) + DidYouMean.suggest(text, spec.choices()));
            case VARIABLE -> ExpressionCheck.declared(scope, text, scalar.position(), field);
            case LANGUAGE -> language(scope, field, scalar);
            case CALENDAR, CONNECTOR, RULES_FILE, FLOW -> ReferenceCheck.check(scope, spec.kind(), field, scalar);
            default -> { }
        }
    }

    /** Says the range, also to a number too large for it: "must be a whole number" would puzzle there. */
    private static String wholeNumber(String field, String text) {
        String range = "a whole number from 0 to " + MAX_WHOLE_NUMBER;
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return text.strip().matches("-?\\d+")
                ? field + " '" + shown + "' is out of range: write " + range
                : field + " '" + shown + "' must be " + range;
    }

    private static void expect(NodeScope scope, YamlNode.Scalar scalar, boolean ok, String message) {
        if (!ok) {
            scope.error(scalar.position(), message);
        }
    }

    private static void language(NodeScope scope, String field, YamlNode.Scalar scalar) {
        List<String> languages = scope.model().languages();
        expect(scope, scalar, languages.contains(scalar.value()), field + " '" + scalar.value()
                + "' is not a language of the flow (" + String.join(", ", languages) + ")"
                + DidYouMean.suggest(scalar.value(), languages));
    }

    private static void validation(NodeScope scope, String field, YamlNode value) {
        if (!(value instanceof YamlNode.Scalar s && s.value().equals(LUHN))) {
            ExpressionCheck.expression(scope, value, field, Set.of("value"));
        }
    }

    private static void grammar(NodeScope scope, String field, YamlNode value) {
        if (value instanceof YamlNode.Scalar scalar) {
            expect(scope, scalar, GRAMMARS.contains(scalar.value()), field + " '" + scalar.value() + "' must be one of "
                    + String.join(", ", GRAMMARS) + " or a list of phrases" + DidYouMean.suggest(scalar.value(), GRAMMARS));
        } else if (value instanceof YamlNode.Sequence list) {
            list.items().stream().filter(i -> !(i instanceof YamlNode.Scalar s && !s.value().isBlank()))
                    .forEach(i -> scope.error(i.position(), field + ": a phrase must be text, not " + i.kind()));
        } else {
            scope.error(value.position(), field + " must be a built-in grammar or a list of phrases, not " + value.kind());
        }
    }

    private static void shape(NodeScope scope, String field, YamlNode value, Class<?> expected, String kind) {
        if (!expected.isInstance(value)) {
            scope.error(value.position(), field + " must be " + kind + ", not " + value.kind());
        }
    }

    static String article(String label) {
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }
}
