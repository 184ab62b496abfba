package org.centralita.flows.validate;

import java.util.Optional;
import org.centralita.flows.registry.FieldSpec;
import org.centralita.flows.yaml.YamlNode;

/** An input: a digit range that can be met, and a recognition confidence from 0 to 1. */
final class InputValidator implements NodeValidator {

    @Override
    public String type() {
        return "input";
    }

    @Override
    public void validate(NodeScope scope) {
        ChoiceChecks.confidence(scope);
        Optional<Integer> min = digits(scope, "min-digits");
        Optional<Integer> max = digits(scope, "max-digits");
        if (max.isPresent() && max.get() < 1) {
            scope.error(scope.node().positionOf("max-digits"), "'max-digits' must be at least 1");
        }
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            String where = scope.node().field("min-digits").isPresent() ? "min-digits" : "max-digits";
            scope.error(scope.node().positionOf(where), "'min-digits' (" + min.get()
                    + ") is greater than 'max-digits' (" + max.get() + ")");
        }
    }

    /** The field's value as written, else its registry default; empty when it is not a number. */
    private static Optional<Integer> digits(NodeScope scope, String field) {
        Optional<String> written = scope.node().field(field).filter(YamlNode.Scalar.class::isInstance)
                .map(v -> ((YamlNode.Scalar) v).value());
        String text = written.orElseGet(() -> scope.type().field(field).map(FieldSpec::defaultValue).orElse(""));
        return text.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }
}
