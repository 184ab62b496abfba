package org.centralita.flows.expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * Text with {@code ${expression}} parts filled in at call time ({@code Your balance is ${balance}.}).
 * {@code $${} writes a literal {@code ${}.
 */
public final class Template {

    private final String source;
    private final List<Object> parts;
    /** Worked out once here, as a call renders the template many times. */
    private final Set<String> variables;
    private final String constantText;

    private Template(String source, List<Object> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
        Set<String> names = new LinkedHashSet<>();
        this.parts.stream().filter(Expression.class::isInstance).map(Expression.class::cast)
                .forEach(e -> names.addAll(e.variables()));
        this.variables = Collections.unmodifiableSet(names);
        this.constantText = this.parts.stream().noneMatch(Expression.class::isInstance)
                ? String.join("", this.parts.stream().map(String.class::cast).toList()) : null;
    }

    /**
     * Parses {@code source}.
     *
     * @throws ExpressionException naming the column (within {@code source}) of the broken part
     */
    public static Template parse(String source) throws ExpressionException {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("$${", i)) {
                literal.append("${");
                i += 3;
            } else if (source.startsWith("${", i)) {
                int end = source.indexOf('}', i + 2);
                if (end < 0) {
                    throw new ExpressionException("'${' at column " + (i + 1) + " has no closing '}'", i + 1);
                }
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                try {
                    parts.add(Expressions.parse(source.substring(i + 2, end)));
                } catch (ExpressionException e) {
                    throw new ExpressionException(e.getMessage(), i + 3 + Math.max(0, e.column() - 1));
                }
                i = end + 1;
            } else {
                literal.append(source.charAt(i++));
            }
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return new Template(source, parts);
    }

    public String source() {
        return source;
    }

    /** Whether the text has no {@code ${...}} parts. */
    public boolean isConstant() {
        return constantText != null;
    }

    /** The names the template's expressions read. */
    public Set<String> variables() {
        return variables;
    }

    /** The text with every part filled in. */
    public String render(Map<String, Object> names) throws ExpressionException {
        if (constantText != null) {
            return constantText;
        }
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Expression e) {
                out.append(display(e.evaluate(names)));
            } else {
                out.append(part);
            }
        }
        return out.toString();
    }

    /** The largest exponent a number is written out in full for; past it, in scientific notation. */
    private static final int MAX_PLAIN_EXPONENT = 1000;

    /** How a value reads inside text: numbers without exponent (up to a thousand digits), nothing as empty. */
    public static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            BigDecimal plain = d.stripTrailingZeros();
            if (Math.abs((long) plain.scale()) > MAX_PLAIN_EXPONENT) {
                return plain.toString(); // 1E+999999999 (a hostile CRM reply): never a billion digits written out
            }
            return plain.scale() < 0 ? plain.toBigInteger().toString() : plain.toPlainString();
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return source;
    }
}
