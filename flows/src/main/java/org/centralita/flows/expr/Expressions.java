package org.centralita.flows.expr;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;

/**
 * Parses the expressions of flows ({@code balance > 1000 && vip}, {@code call.ani.startsWith("+34")},
 * {@code size(account) == 8}) with Apache Commons JEXL, sandboxed: an expression can read and
 * compute, but cannot assign, loop, create objects, declare functions, or reach classes outside
 * JEXL's restricted permissions (no reflection, files, network, threads or class loading), less
 * the methods that can work without bound in one call ({@link BoundedPermissions}). {@code =~}
 * matches in linear time ({@link FlowArithmetic}) and every evaluation runs within an
 * {@link EvaluationBudget}.
 */
public final class Expressions {

    private static final JexlFeatures FEATURES = new JexlFeatures()
            .sideEffect(false)
            .sideEffectGlobal(false)
            .loops(false)
            .lambda(false)
            .newInstance(false)
            .pragma(false)
            .annotation(false)
            .localVar(false)
            .structuredLiteral(true)
            .register(false)
            .script(false)
            .importPragma(false)
            .namespacePragma(false);

    /** The longest expression accepted: with no loops, its length bounds the steps it takes. */
    public static final int MAX_LENGTH = 4096;

    private static final JexlEngine ENGINE = new JexlBuilder()
            .features(FEATURES)
            .permissions(new BoundedPermissions())
            .arithmetic(new FlowArithmetic(true))
            .cancellable(true)
            .strict(true)
            .safe(false)
            .silent(false)
            .cache(0)
            .create();

    static {
        // The first evaluation in a process loads JEXL's and RE2/J's classes: here, not within a call's budget.
        ENGINE.createScript(FEATURES, null, "x.startsWith('1') && x =~ '[0-9]+' && size(x) + 1.5 > 0")
                .execute(new org.apache.commons.jexl3.MapContext(Map.of("x", "123")));
    }

    private Expressions() {
    }

    /**
     * Parses {@code source}.
     *
     * @throws ExpressionException with the 1-based column of the fault when it does not parse
     *                             or uses something the sandbox forbids
     */
    public static Expression parse(String source) throws ExpressionException {
        return parse(source, EvaluationBudget.DEFAULT);
    }

    /** Parses {@code source}; an expression that reads no variable is evaluated once, within {@code budget}. */
    static Expression parse(String source, Duration budget) throws ExpressionException {
        if (source == null || source.isBlank()) {
            throw new ExpressionException("the expression is empty", 1);
        }
        if (source.length() > MAX_LENGTH) {
            throw new ExpressionException("the expression is " + source.length() + " characters long; at most "
                    + MAX_LENGTH + " are allowed", MAX_LENGTH + 1);
        }
        try {
            JexlScript script = ENGINE.createScript(FEATURES, new JexlInfo("expression", 1, 1), source);
            Set<List<String>> variables = script.getVariables();
            Object constant = variables.isEmpty() ? constantValue(source, script, budget) : null;
            return new Expression(source, script, rootNames(script), Shortcut.of(source, variables, constant));
        } catch (JexlException e) {
            JexlInfo info = e.getInfo();
            throw new ExpressionException("'" + source + "' does not parse: " + describe(e),
                    info == null ? 0 : info.getColumn());
        }
    }

    /**
     * What an expression that reads no variable always gives, or null when it fails.
     *
     * @throws ExpressionException when it runs out of its budget: it always would, in every call
     */
    private static Object constantValue(String source, JexlScript script, Duration budget) throws ExpressionException {
        try {
            return new Expression(source, script, Set.of(), null).evaluateWithJexl(Map.of(), budget);
        } catch (ExpressionBudgetExceeded e) {
            throw new ExpressionException(e.getMessage(), 1);
        } catch (ExpressionException e) {
            return null;
        }
    }

    private static Set<String> rootNames(JexlScript script) {
        Set<String> names = new LinkedHashSet<>();
        for (List<String> path : script.getVariables()) {
            if (!path.isEmpty()) {
                names.add(path.get(0));
            }
        }
        return names;
    }

    /** JEXL's message without its internal location prefix. */
    static String describe(JexlException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = message.indexOf(' ');
        if (message.startsWith("expression") || message.startsWith("@") || message.contains("?:")) {
            message = cut > 0 ? message.substring(cut + 1) : message;
        }
        return message.replaceAll("\\s+", " ").trim();
    }
}
