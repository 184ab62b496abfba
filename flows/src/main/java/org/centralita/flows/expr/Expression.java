package org.centralita.flows.expr;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;

/**
 * A parsed, sandboxed expression. Immutable and safe to evaluate from many calls at once; every
 * evaluation by JEXL runs within an {@link EvaluationBudget}.
 */
public final class Expression {

    private final String source;
    private final JexlScript script;
    private final Set<String> rootVariables;
    /** Plain Java for a common shape, or null: JEXL evaluates what it does not take. */
    private final Shortcut shortcut;

    Expression(String source, JexlScript script, Set<String> rootVariables, Shortcut shortcut) {
        this.source = source;
        this.script = script;
        this.rootVariables = Set.copyOf(rootVariables);
        this.shortcut = shortcut;
    }

    /** The expression as written. */
    public String source() {
        return source;
    }

    /** The top-level names it reads ({@code call} for {@code call.ani}). */
    public Set<String> variables() {
        return rootVariables;
    }

    /**
     * Evaluates against {@code names} (flow variables, {@code call}, {@code value}, ...).
     *
     * @throws ExpressionException when evaluation fails (an unknown name, a null operand, ...)
     */
    public Object evaluate(Map<String, Object> names) throws ExpressionException {
        if (shortcut != null) {
            Object value = shortcut.evaluate(names);
            if (value != Shortcut.NOT_TAKEN) {
                return value;
            }
        }
        return evaluateWithJexl(names);
    }

    /** The shortcut taken for it, or null (for the tests). */
    Shortcut shortcut() {
        return shortcut;
    }

    /** The expression evaluated by JEXL alone, shortcut or not, within the default budget. */
    Object evaluateWithJexl(Map<String, Object> names) throws ExpressionException {
        return evaluateWithJexl(names, EvaluationBudget.DEFAULT);
    }

    /**
     * The expression evaluated by JEXL within {@code budget}.
     *
     * @throws ExpressionBudgetExceeded when it ran out of the budget and was stopped
     */
    Object evaluateWithJexl(Map<String, Object> names, Duration budget) throws ExpressionException {
        AtomicBoolean cancellation = new AtomicBoolean();
        JexlContext context = new ReadOnlyContext(names, cancellation);
        Future<?> watch = EvaluationBudget.watch(cancellation, budget);
        try {
            return LinearRegex.under(cancellation, () -> script.execute(context));
        } catch (JexlException e) {
            throw failure(e, budget, Expressions.describe(e));
        } catch (RuntimeException e) {
            throw failure(e, budget, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            watch.cancel(false);
        }
    }

    /** What stopped an evaluation: its budget when JEXL or a match was cancelled, else the fault itself. */
    private ExpressionException failure(RuntimeException stopped, Duration budget, String fault) {
        if (wasCancelled(stopped)) {
            return new ExpressionBudgetExceeded("'" + source + "' took longer than its budget of "
                    + budget.toMillis() + " ms and was stopped");
        }
        return new ExpressionException("'" + source + "': " + fault, 0);
    }

    private static boolean wasCancelled(Throwable stopped) {
        for (Throwable t = stopped; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JexlException.Cancel || t instanceof LinearRegex.BudgetSpent) {
                return true;
            }
        }
        return false;
    }

    /** Evaluates to a truth value: true, or a non-empty, non-zero, non-"false" value. */
    public boolean test(Map<String, Object> names) throws ExpressionException {
        Object result = evaluate(names);
        if (result instanceof Boolean b) {
            return b;
        }
        throw new ExpressionException("'" + source + "' must be true or false, but is "
                + (result == null ? "nothing (null)" : "'" + result + "'"), 0);
    }

    @Override
    public String toString() {
        return source;
    }

    /**
     * The names as the script sees them, without a copy per evaluation (the sandbox never
     * assigns), and the flag the budget's watchdog raises to stop the script.
     */
    private record ReadOnlyContext(Map<String, Object> names, AtomicBoolean cancellation)
            implements JexlContext, JexlContext.CancellationHandle {

        @Override
        public AtomicBoolean getCancellation() {
            return cancellation;
        }

        @Override
        public Object get(String name) {
            return names.get(name);
        }

        @Override
        public boolean has(String name) {
            return names.containsKey(name);
        }

        @Override
        public void set(String name, Object value) {
            throw new UnsupportedOperationException("expressions cannot assign '" + name + "'");
        }
    }
}
