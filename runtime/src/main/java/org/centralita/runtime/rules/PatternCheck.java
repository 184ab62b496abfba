package org.centralita.runtime.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.centralita.flows.rules.RuleProblem;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Checks the conditions of one rule (its left-hand side) on Drools' parsed model: every pattern's
 * fact type, every constraint (parsed by Drools' own constraint parser, each operand checked as
 * Java), {@code eval}, {@code from}, {@code collect} and accumulate functions. It also collects
 * the names the conditions bind, which the consequence may use.
 */
final class PatternCheck {

    private final RuleTypes types;
    private final SourceMap.Place fallback;
    private final Set<String> bindings = new HashSet<>();
    private final List<RuleProblem> problems = new ArrayList<>();
    /** Code checks run once every binding of the rule is known (a constraint may use a later one). */
    private final List<Function<CodeContext, List<RuleProblem>>> deferred = new ArrayList<>();

    PatternCheck(RuleTypes types, SourceMap.Place fallback) {
        this.types = types;
        this.fallback = fallback;
    }

    /** Every breach in the conditions; {@link #bindings()} is then filled in. */
    List<RuleProblem> check(AndDescr lhs, CodeContext context) {
        if (lhs != null) {
            visit(lhs);
        }
        CodeContext withBindings = context.with(bindings, CodeContext.Kind.CONSTRAINT);
        deferred.forEach(check -> problems.addAll(check.apply(withBindings)));
        return problems;
    }

    Set<String> bindings() {
        return bindings;
    }

    private void visit(BaseDescr descr) {
        if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
            ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()
                    .forEach(child -> visit((BaseDescr) child));
        } else if (descr instanceof PatternDescr pattern) {
            visitPattern(pattern);
        } else if (descr instanceof EvalDescr eval) {
            String code = String.valueOf(eval.getContent());
            SourceMap.Place at = place(eval);
            deferred.add(context -> CodeCheck.expression(code, at, context.with(Set.of(), CodeContext.Kind.EXPRESSION),
                    "the eval"));
        } else {
            breach(descr, "'" + kind(descr) + "' is not supported in rule conditions by the rules sandbox");
        }
    }

    private void visitPattern(PatternDescr pattern) {
        SourceMap.Place at = place(pattern);
        if (pattern.getIdentifier() != null) {
            bindings.add(pattern.getIdentifier());
        }
        if (!types.allowsTypeText(pattern.getObjectType())) {
            problems.add(new RuleProblem(at.line(), at.column(), "type '" + pattern.getObjectType()
                    + "' is not allowed in rules: match Call, Flow, Decision or a type the file declares"));
        }
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                visitConstraint(expression.getExpression(), place(expression).orElse(at));
            } else {
                breach(constraint, "'" + kind(constraint) + "' is not supported in a pattern by the rules sandbox");
            }
        }
        if (pattern.getSource() != null) {
            visitSource(pattern.getSource(), at);
        }
    }

    private void visitConstraint(String text, SourceMap.Place at) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr parsed = parser.parse(text);
        if (parser.hasErrors() || parsed == null) {
            problems.add(new RuleProblem(at.line(), at.column(), "the constraint '" + text + "' does not parse"));
            return;
        }
        visitOperand(parsed, at);
    }

    private void visitOperand(BaseDescr operand, SourceMap.Place at) {
        if (operand instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(child -> visitOperand(child, at));
        } else if (operand instanceof RelationalExprDescr relation) {
            if (!RuleAllowList.OPERATORS.contains(relation.getOperator())) {
                problems.add(new RuleProblem(at.line(), at.column(), "operator '" + relation.getOperator()
                        + "' is not allowed in rules"));
            }
            visitOperand(relation.getLeft(), at);
            visitOperand(relation.getRight(), at);
        } else if (operand instanceof BindingDescr binding) {
            bindings.add(binding.getVariable());
            deferExpression(binding.getExpression(), at);
        } else if (operand instanceof AtomicExprDescr atom) {
            if (!atom.isLiteral()) {
                deferExpression(atom.getExpression(), at);
            }
        } else {
            problems.add(new RuleProblem(at.line(), at.column(), "'" + kind(operand)
                    + "' is not supported in a constraint by the rules sandbox"));
        }
    }

    private void deferExpression(String code, SourceMap.Place at) {
        String plain = code.replace("!.", ".");
        deferred.add(context -> CodeCheck.expression(plain, at, context, "the constraint '" + code + "'"));
    }

    private void visitSource(BaseDescr source, SourceMap.Place at) {
        if (source instanceof FromDescr from) {
            String code = from.getExpression();
            deferred.add(context -> CodeCheck.expression(code, at, context.with(Set.of(), CodeContext.Kind.EXPRESSION),
                    "'from " + code + "'"));
        } else if (source instanceof CollectDescr collect) {
            visitPattern(collect.getInputPattern());
        } else if (source instanceof AccumulateDescr accumulate) {
            visitAccumulate(accumulate, at);
        } else if (!(source instanceof EntryPointDescr)) {
            problems.add(new RuleProblem(at.line(), at.column(), "'" + kind(source)
                    + "' is not supported as a pattern source by the rules sandbox"));
        }
    }

    private void visitAccumulate(AccumulateDescr accumulate, SourceMap.Place at) {
        if (accumulate.getInitCode() != null || accumulate.getActionCode() != null || accumulate.getResultCode() != null) {
            problems.add(new RuleProblem(at.line(), at.column(), "accumulate with init/action/result code is not"
                    + " allowed in rules: use an accumulate function (" + String.join(", ",
                    RuleAllowList.ACCUMULATE_FUNCTIONS.stream().sorted().toList()) + ")"));
            return;
        }
        if (accumulate.getInput() != null) {
            visit(accumulate.getInput());
        }
        for (var function : accumulate.getFunctions()) {
            if (!RuleAllowList.ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                problems.add(new RuleProblem(at.line(), at.column(), "accumulate function '" + function.getFunction()
                        + "' is not allowed in rules"));
            }
            if (function.getBind() != null) {
                bindings.add(function.getBind());
            }
            for (String parameter : function.getParams()) {
                deferExpression(parameter, at);
            }
        }
    }

    private void breach(BaseDescr descr, String message) {
        SourceMap.Place at = place(descr).orElse(fallback);
        problems.add(new RuleProblem(at.line(), at.column(), message));
    }

    private SourceMap.Place place(PatternDescr pattern) {
        return place((BaseDescr) pattern).orElse(fallback);
    }

    private SourceMap.Place place(EvalDescr eval) {
        return place((BaseDescr) eval).orElse(fallback);
    }

    /** Drools gives lines from 1 and columns from 0 (-1 when unknown). */
    private static java.util.Optional<SourceMap.Place> place(BaseDescr descr) {
        return descr.getLine() <= 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new SourceMap.Place(descr.getLine(), Math.max(0, descr.getColumn() + 1)));
    }

    private static String kind(BaseDescr descr) {
        return descr.getClass().getSimpleName().replace("Descr", "");
    }
}
