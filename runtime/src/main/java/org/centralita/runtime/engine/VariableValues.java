package org.centralita.runtime.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.centralita.flows.expr.Template;

/** Converts values into a flow variable's type: text, digits, number, boolean or date. */
final class VariableValues {

    private VariableValues() {
    }

    /**
     * {@code value} as a {@code type} value (null stays null).
     *
     * @throws NodeFailure when it cannot be one
     */
    static Object convert(String variable, String type, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return switch (type == null ? "text" : type) {
                case "number" -> number(value);
                case "boolean" -> bool(value);
                case "date" -> value instanceof LocalDate d ? d : LocalDate.parse(Template.display(value).trim());
                case "digits" -> digits(value);
                default -> Template.display(value);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new NodeFailure("variable '" + variable + "' is a " + type + ", and '"
                    + Template.display(value) + "' is not one");
        }
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        return new BigDecimal(Template.display(value).trim());
    }

    private static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (Template.display(value).trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> throw new NumberFormatException("not a boolean");
        };
    }

    private static String digits(Object value) {
        String text = Template.display(value).trim();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '*' && c != '#') {
                throw new NumberFormatException("not digits");
            }
        }
        return text;
    }
}
