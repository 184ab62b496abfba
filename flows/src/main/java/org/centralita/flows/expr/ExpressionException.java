package org.centralita.flows.expr;

/**
 * An expression that does not parse, or that failed while it was evaluated. {@code column} is
 * 1-based within the expression text (0 when unknown).
 */
public class ExpressionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int column;

    public ExpressionException(String message, int column) {
        super(message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
