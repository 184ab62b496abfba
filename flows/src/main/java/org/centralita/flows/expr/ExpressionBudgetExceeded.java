package org.centralita.flows.expr;

/** An evaluation that ran out of its {@link EvaluationBudget} and was stopped. */
public final class ExpressionBudgetExceeded extends ExpressionException {
    private static final long serialVersionUID = 1L;

    public ExpressionBudgetExceeded(String message) {
        super(message, 0);
    }
}
