package org.centralita.runtime.rules;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;

/**
 * Reads a dotted chain of names ({@code java.time.Month}, {@code Month.DECEMBER}) as the type
 * or constant it names, as javac would: a chain whose first name is a variable (or, in a
 * constraint, a property of the fact) is a value, not a name.
 */
final class NameChains {

    private NameChains() {
    }

    /** The dotted name an expression spells, or null when it is a value or not a plain chain. */
    static String qualified(Expression expression, CodeContext context) {
        if (expression instanceof NameExpr name) {
            String id = name.getNameAsString();
            return context.isVariable(id) || context.isProperty(id) ? null : id;
        }
        if (expression instanceof FieldAccessExpr field) {
            String scope = qualified(field.getScope(), context);
            return scope == null ? null : scope + "." + field.getNameAsString();
        }
        return null;
    }

    /** The type a call's scope names ({@code Math} in {@code Math.max(a, b)}), or null when it is a value. */
    static String typeName(Expression scope, CodeContext context) {
        String name = qualified(scope, context);
        if (name == null) {
            return null;
        }
        // a constant's method (Month.DECEMBER.plus(1)) is a call on a value
        int dot = name.lastIndexOf('.');
        boolean constant = dot > 0 && context.types().allows(name.substring(0, dot)) && !context.types().allows(name);
        return constant ? null : name;
    }
}
