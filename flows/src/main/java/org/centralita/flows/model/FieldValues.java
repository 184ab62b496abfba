package org.centralita.flows.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.centralita.flows.registry.FieldKind;
import org.centralita.flows.registry.FieldSpec;

/**
 * Field values as values, for the designer's property forms and the compiler: a field's default
 * in a given flow, and text typed into a form turned into what a flow file writes (a
 * {@link java.time.Duration}, an integer, a boolean, a decimal, or text).
 */
public final class FieldValues {

    private FieldValues() {
    }

    /** The value {@code field} takes when left out of a node of a flow with {@code defaults}. */
    public static Optional<Object> defaultOf(FieldSpec field, Defaults defaults) {
        return Optional.ofNullable(defaultText(field.defaultValue(), defaults)).map(text -> typed(field.kind(), text));
    }

    /**
     * A registry default as text a flow could have written: a literal ({@code 30s}, {@code 0.5})
     * as it is, a {@code defaults.KEY} from the flow's defaults; null when there is none.
     */
    public static String defaultText(String registryDefault, Defaults defaults) {
        if (registryDefault == null || !registryDefault.startsWith(FieldSpec.FLOW_DEFAULT)) {
            return registryDefault;
        }
        String key = registryDefault.substring(FieldSpec.FLOW_DEFAULT.length());
        return switch (key) {
            case "timeout" -> Durations.format(defaults.timeout());
            case "inter-digit-timeout" -> Durations.format(defaults.interDigitTimeout());
            case "retries" -> String.valueOf(defaults.retries());
            case "barge-in" -> String.valueOf(defaults.bargeIn());
            case "terminator" -> defaults.terminator();
            default -> throw new IllegalStateException("the registry names an unknown flow default '" + key + "'");
        };
    }

    /**
     * {@code text} as the value a field of {@code kind} holds; text that is not of the kind stays
     * text (so it is written quoted and the validator names the problem, nothing is lost).
     */
    public static Object typed(FieldKind kind, String text) {
        String trimmed = text.trim();
        try {
            return switch (kind) {
                case DURATION -> Durations.parse(trimmed).map(Object.class::cast).orElse(text);
                case INTEGER -> Integer.valueOf(trimmed);
                case DECIMAL -> new BigDecimal(trimmed);
                case BOOLEAN -> trimmed.equals("true") || trimmed.equals("false") ? Boolean.valueOf(trimmed) : text;
                default -> text;
            };
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
