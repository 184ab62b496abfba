package org.centralita.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The flow's variables, as a read-only fact: {@code Flow( number("balance") >= 50000 )},
 * {@code Flow( flag("vip") )}, {@code Flow( has("pin") )}. A variable that is not set reads as
 * null ({@code number}, {@code text}) or false ({@code flag}).
 */
public final class Flow {

    private final Map<String, Object> variables;

    public Flow(Map<String, Object> variables) {
        this.variables = Collections.unmodifiableMap(new HashMap<>(variables));
    }

    /**
     * The variable as a number, or null when it is not set.
     *
     * @throws IllegalArgumentException when its value is not a number
     */
    public BigDecimal number(String name) {
        Object value = variables.get(name);
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        try {
            return value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            // the value stays out of the message: the variable may be a PIN or a card number
            throw new IllegalArgumentException("variable '" + name + "' is not a number", e);
        }
    }

    /** The variable as text, or null when it is not set. */
    public String text(String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }

    /** Whether the variable is true ({@code true}, or the text "true"). */
    public boolean flag(String name) {
        Object value = variables.get(name);
        return Boolean.TRUE.equals(value) || value != null && "true".equalsIgnoreCase(value.toString().trim());
    }

    /** Whether the variable has a value. */
    public boolean has(String name) {
        return variables.get(name) != null;
    }

    @Override
    public String toString() {
        return "Flow" + variables.keySet();
    }
}
