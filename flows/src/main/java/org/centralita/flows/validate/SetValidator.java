package org.centralita.flows.validate;

import java.util.Set;

/** A set node: every assignment names a declared variable and holds an expression. */
final class SetValidator implements NodeValidator {

    @Override
    public String type() {
        return "set";
    }

    @Override
    public void validate(NodeScope scope) {
        ChoiceChecks.map(scope, "assign").ifPresent(assign -> {
            if (assign.entries().isEmpty()) {
                scope.error(assign.position(), "'assign' has no assignments");
            }
            assign.entries().forEach((variable, entry) -> {
                ExpressionCheck.declared(scope, variable, entry.keyPosition(), "'assign'");
                ExpressionCheck.expression(scope, entry.value(), "'assign' of '" + variable + "'", Set.of());
            });
        });
    }
}
