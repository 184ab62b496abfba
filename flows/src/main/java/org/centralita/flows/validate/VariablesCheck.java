package org.centralita.flows.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.centralita.flows.yaml.YamlNode;

/** Checks the {@code variables} and {@code prompts} sections: names, types, defaults, prompt texts. */
final class VariablesCheck {

    private VariablesCheck() {
    }

    static void check(NodeScope file) {
        section(file, "variables").ifPresent(variables -> variables.entries().forEach((name, entry) -> {
            if (!Names.isVariable(name)) {
                file.error(entry.keyPosition(), "variable name '" + name
                        + "' must be a lower-case letter then letters, digits or _ (expressions read it)");
            } else if (Names.RESERVED.contains(name)) {
                file.error(entry.keyPosition(), "variable name '" + name + "' is reserved in expressions");
            }
            declaration(file, name, entry.value());
        }));
        section(file, "prompts").ifPresent(prompts -> prompts.entries().forEach((key, entry) -> {
            if (!Names.isId(key)) {
                file.error(entry.keyPosition(), "prompt key '" + key + "' must match [a-z][a-z0-9-]*");
            }
            PromptCheck.definition(file, key, entry.value());
        }));
    }

    private static java.util.Optional<YamlNode.Mapping> section(NodeScope file, String key) {
        YamlNode written = file.model().root().get(key).orElse(null);
        if (written != null && !(written instanceof YamlNode.Mapping)) {
            file.error(written.position(), "'" + key + "' must be a map, not " + written.kind());
        }
        return written instanceof YamlNode.Mapping map ? java.util.Optional.of(map) : java.util.Optional.empty();
    }

    private static void declaration(NodeScope file, String name, YamlNode written) {
        if (!(written instanceof YamlNode.Mapping decl)) {
            file.error(written.position(), "variable '" + name + "' must be declared as a map such as {type: text}");
            return;
        }
        decl.entries().forEach((key, entry) -> {
            if (!FlowSections.VARIABLE_KEYS.contains(key)) {
                file.error(entry.keyPosition(), "variable '" + name + "': unknown key '" + key + "'"
                        + DidYouMean.suggest(key, FlowSections.VARIABLE_KEYS));
            }
        });
        String type = decl.text("type").orElse("text");
        if (!FlowSections.VARIABLE_TYPES.contains(type)) {
            file.error(decl.get("type").orElseThrow().position(), "variable '" + name + "': type '" + type
                    + "' must be one of " + String.join(", ", FlowSections.VARIABLE_TYPES)
                    + DidYouMean.suggest(type, FlowSections.VARIABLE_TYPES));
        }
        decl.get("sensitive").filter(v -> !(v instanceof YamlNode.Scalar s && s.value().matches("true|false")))
                .ifPresent(v -> file.error(v.position(), "variable '" + name + "': 'sensitive' must be true or false"));
        decl.get("default").filter(v -> !fits(type, v)).ifPresent(v ->
                file.error(v.position(), "variable '" + name + "': default does not fit type " + type));
    }

    private static boolean fits(String type, YamlNode value) {
        if (!(value instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            return false;
        }
        String text = scalar.value();
        return switch (type) {
            case "digits" -> text.matches("\\d*");
            case "number" -> isNumber(text);
            case "boolean" -> !scalar.quoted() && text.matches("true|false");
            case "date" -> isDate(text);
            default -> true;
        };
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text.trim());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
