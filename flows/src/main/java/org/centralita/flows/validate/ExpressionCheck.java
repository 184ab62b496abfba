package org.centralita.flows.validate;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.centralita.flows.expr.Expression;
import org.centralita.flows.expr.ExpressionException;
import org.centralita.flows.expr.Template;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/**
 * Checks expressions and {@code ${...}} templates: that they parse (pointing at the column of
 * the fault in the file), and that every name they read is {@code call}, a name the place allows
 * ({@code value} in {@code valid}), or a declared variable.
 */
final class ExpressionCheck {

    /** The read-only call data every expression may read. */
    static final String CALL = "call";

    private ExpressionCheck() {
    }

    /** The expression written at {@code value}, if it parses; {@code field} names it in messages. */
    static Optional<Expression> expression(NodeScope scope, YamlNode value, String field, Set<String> allowed) {
        if (!(value instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            scope.error(value.position(), field + " must be an expression, not " + value.kind());
            return Optional.empty();
        }
        try {
            Expression expression = scope.flow().run().parse(scalar.value());
            names(scope, expression.variables(), scalar.position(), field, allowed);
            return Optional.of(expression);
        } catch (ExpressionException e) {
            scope.error(Positions.inside(scalar, e.column()), field + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The template written at {@code scalar}, if it parses. */
    static Optional<Template> template(NodeScope scope, YamlNode.Scalar scalar, String field) {
        try {
            Template template = Template.parse(scalar.value());
            names(scope, template.variables(), scalar.position(), field, Set.of());
            return Optional.of(template);
        } catch (ExpressionException e) {
            scope.error(Positions.inside(scalar, e.column()), field + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Reports every name that is neither call data, allowed here, nor a declared variable. */
    static void names(NodeScope scope, Collection<String> names, SourcePosition position, String field,
                      Set<String> allowed) {
        for (String name : names) {
            if (!CALL.equals(name) && !allowed.contains(name) && !scope.flow().hasVariable(name)) {
                unknownVariable(scope, name, position, "in " + field);
            }
        }
    }

    /** Reports a variable that must be declared (a store target, an assignment's key). */
    static void declared(NodeScope scope, String name, SourcePosition position, String field) {
        if (!scope.flow().hasVariable(name)) {
            unknownVariable(scope, name, position, "in " + field);
        }
    }

    private static void unknownVariable(NodeScope scope, String name, SourcePosition position, String where) {
        String hint = DidYouMean.suggest(name, scope.flow().variableNames());
        scope.error(position, "unknown variable '" + name + "' " + where
                + (hint.isEmpty() ? ": declare it under 'variables'" : hint));
    }

    /**
     * Warns for each sensitive variable among {@code names}, and each holding a value derived from
     * one; {@code where} ends the sentence.
     */
    static void sensitive(NodeScope scope, Collection<String> names, SourcePosition position, String where) {
        for (String name : names) {
            scope.flow().secretSource(name).ifPresent(source -> scope.warning(position, source.equals(name)
                    ? "sensitive variable '" + name + "' " + where
                    : "variable '" + name + "' holds a value derived from sensitive '" + source + "' (masked as it is)"
                    + " and " + where));
        }
    }
}
