package org.centralita.flows.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-Java evaluation of the few expression shapes flows write most ({@code rounds + 1},
 * {@code account.startsWith("9")}, {@code segment == "gold"}, {@code attempts >= 3}, a lone
 * variable, a constant), for the values whose result is certain: a number variable holds a
 * {@link BigDecimal}, a text or digits variable a {@link String}. Any other value (null, missing,
 * another type) is left to JEXL, which then gives the result or the error it always gave: a
 * shortcut never decides what JEXL would decide differently ({@code ShortcutTest} compares both
 * on many values). It spares the interpreter JEXL builds for every evaluation.
 */
abstract class Shortcut {

    /** What {@link #evaluate} answers when JEXL must evaluate the expression. */
    static final Object NOT_TAKEN = new Object();

    /** JEXL's default arithmetic on decimals. */
    private static final MathContext DECIMALS = MathContext.DECIMAL128;

    private static final String NAME = "([A-Za-z_][A-Za-z0-9_]*)";
    private static final String TEXT = "(?:\"([^\"\\\\]*)\"|'([^'\\\\]*)')";
    private static final String WHOLE = "(-?[0-9]{1,9})";
    private static final Pattern VARIABLE = Pattern.compile(NAME);
    private static final Pattern ADD = Pattern.compile(NAME + "\\s*([-+])\\s*([0-9]{1,9})");
    private static final Pattern STARTS_WITH = Pattern.compile(NAME + "\\.startsWith\\(\\s*" + TEXT + "\\s*\\)");
    private static final Pattern TEXT_EQUALS = Pattern.compile(NAME + "\\s*(==|!=)\\s*" + TEXT);
    private static final Pattern NUMBER_COMPARES = Pattern.compile(NAME + "\\s*(==|!=|<=|>=|<|>)\\s*" + WHOLE);

    /** The value under {@code names}, or {@link #NOT_TAKEN}. */
    abstract Object evaluate(Map<String, Object> names);

    /**
     * The shortcut for {@code source}, or null when it has none.
     *
     * @param variables the variable paths JEXL found in it: a shortcut's name must be the only one
     * @param constant  the value of an expression that reads no variable (evaluated once), or null
     */
    static Shortcut of(String source, Set<List<String>> variables, Object constant) {
        String text = source.strip();
        if (variables.isEmpty()) {
            return isImmutable(constant) ? new Constant(constant) : null;
        }
        Matcher m;
        if ((m = VARIABLE.matcher(text)).matches() && reads(variables, m.group(1))) {
            return new OnValue<>(m.group(1), Object.class, value -> value);
        }
        if ((m = ADD.matcher(text)).matches() && reads(variables, m.group(1))) {
            BigDecimal amount = m.group(2).equals("+") ? new BigDecimal(m.group(3)) : new BigDecimal(m.group(3)).negate();
            return new OnValue<>(m.group(1), BigDecimal.class, number -> number.add(amount, DECIMALS));
        }
        if ((m = STARTS_WITH.matcher(text)).matches() && reads(variables, m.group(1))) {
            String prefix = m.group(2) != null ? m.group(2) : m.group(3);
            return new OnValue<>(m.group(1), String.class, value -> value.startsWith(prefix));
        }
        if ((m = TEXT_EQUALS.matcher(text)).matches() && reads(variables, m.group(1))) {
            String other = m.group(3) != null ? m.group(3) : m.group(4);
            boolean equal = m.group(2).equals("==");
            return new OnValue<>(m.group(1), String.class, value -> value.equals(other) == equal);
        }
        if ((m = NUMBER_COMPARES.matcher(text)).matches() && reads(variables, m.group(1))) {
            IntPredicate holds = order(m.group(2));
            BigDecimal other = new BigDecimal(m.group(3));
            return new OnValue<>(m.group(1), BigDecimal.class, number -> holds.test(number.compareTo(other)));
        }
        return null;
    }

    /** What a comparison's operator asks of {@code compareTo}'s answer. */
    private static IntPredicate order(String operator) {
        return switch (operator) {
            case "==" -> order -> order == 0;
            case "!=" -> order -> order != 0;
            case "<" -> order -> order < 0;
            case "<=" -> order -> order <= 0;
            case ">" -> order -> order > 0;
            default -> order -> order >= 0;
        };
    }

    private static boolean reads(Set<List<String>> variables, String name) {
        return variables.size() == 1 && variables.contains(List.of(name));
    }

    private static boolean isImmutable(Object value) {
        return value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof BigDecimal;
    }

    private static final class Constant extends Shortcut {
        private final Object value;

        Constant(Object value) {
            this.value = value;
        }

        @Override
        Object evaluate(Map<String, Object> names) {
            return value;
        }
    }

    /** A result worked out from one variable's value when it is of {@code type}; JEXL's otherwise. */
    private static final class OnValue<T> extends Shortcut {
        private final String name;
        private final Class<T> type;
        private final Function<T, Object> result;

        OnValue(String name, Class<T> type, Function<T, Object> result) {
            this.name = name;
            this.type = type;
            this.result = result;
        }

        @Override
        Object evaluate(Map<String, Object> names) {
            Object value = names.get(name);
            return type.isInstance(value) ? result.apply(type.cast(value)) : NOT_TAKEN;
        }
    }
}
