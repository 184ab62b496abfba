package org.centralita.flows.compile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.centralita.flows.executable.VariableSpec;
import org.centralita.flows.model.VariableDecl;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.yaml.YamlNode;

/**
 * Turns declared variables into their run-time form, defaults converted to the declared type:
 * {@code digits} and {@code text} to String, {@code number} to BigDecimal, {@code boolean} to
 * Boolean, {@code date} to LocalDate.
 */
final class VariableConverter {

    private VariableConverter() {
    }

    static Map<String, VariableSpec> convert(Map<String, VariableDecl> declared, FlowContext flow) {
        Map<String, VariableSpec> result = new LinkedHashMap<>();
        declared.forEach((name, decl) -> result.put(name,
                new VariableSpec(name, decl.type(), decl.sensitive(), initial(decl, flow), decl.declaredNotSensitive())));
        return result;
    }

    private static Object initial(VariableDecl decl, FlowContext flow) {
        YamlNode written = decl.defaultValue();
        if (written == null || written instanceof YamlNode.Scalar s && s.isNull()) {
            return null;
        }
        if (!(written instanceof YamlNode.Scalar scalar)) {
            return problem(flow, decl, "the default of '" + decl.name() + "' must be a single value, not " + written.kind());
        }
        String text = scalar.value().trim();
        try {
            return switch (decl.type()) {
                case "text", "digits" -> scalar.value();
                case "number" -> new BigDecimal(text);
                case "boolean" -> bool(text, decl, flow);
                case "date" -> LocalDate.parse(text);
                default -> problem(flow, decl, "'" + decl.name() + "' has unknown type '" + decl.type()
                        + "' (digits, text, number, boolean, date)");
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return problem(flow, decl, "the default of '" + decl.name() + "' is not a " + decl.type() + ": '" + text + "'");
        }
    }

    private static Object bool(String text, VariableDecl decl, FlowContext flow) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> problem(flow, decl, "the default of '" + decl.name() + "' is not true or false: '" + text + "'");
        };
    }

    private static Object problem(FlowContext flow, VariableDecl decl, String message) {
        YamlNode at = decl.defaultValue();
        flow.report(Problem.error(at == null ? decl.position() : at.position(), null, message));
        return null;
    }
}
