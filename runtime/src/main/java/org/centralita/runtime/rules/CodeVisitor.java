package org.centralita.runtime.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.VarType;
import com.github.javaparser.ast.type.VoidType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.centralita.flows.rules.RuleProblem;
import org.centralita.flows.validate.DidYouMean;

/**
 * Walks one parsed piece of rule code and reports every node, name, type and call that is not
 * on the allow-list. Kinds of syntax not handled here are refused: the check fails closed.
 */
final class CodeVisitor {

    /** Syntax that only groups or computes, checked through its children. */
    private static final Set<Class<? extends Node>> PLAIN = Set.of(BlockStmt.class, ExpressionStmt.class,
            IfStmt.class, ReturnStmt.class, ThrowStmt.class, SwitchStmt.class, SwitchExpr.class, YieldStmt.class,
            BreakStmt.class, EmptyStmt.class, VariableDeclarationExpr.class, VariableDeclarator.class, TryStmt.class,
            CatchClause.class, com.github.javaparser.ast.body.Parameter.class, BinaryExpr.class, UnaryExpr.class,
            ConditionalExpr.class, AssignExpr.class, EnclosedExpr.class, ArrayAccessExpr.class,
            ArrayInitializerExpr.class, CastExpr.class, InstanceOfExpr.class, SimpleName.class, Modifier.class,
            PrimitiveType.class, ArrayType.class, VarType.class, VoidType.class);

    private final CodeContext context;
    private final CodeCheck.Placer placer;
    private final List<RuleProblem> problems = new ArrayList<>();

    CodeVisitor(CodeContext context, CodeCheck.Placer placer) {
        this.context = context;
        this.placer = placer;
    }

    List<RuleProblem> check(Node root) {
        visit(root);
        return problems;
    }

    private void visit(Node node) {
        if (node instanceof Comment) {
            return;
        }
        if (node instanceof WhileStmt || node instanceof DoStmt || node instanceof ForStmt || node instanceof ForEachStmt) {
            breach(node, "loops ('while', 'for', 'do') are not allowed in rules: a rule must always end;"
                    + " decide with conditions, or let several rules match");
        } else if (node instanceof SwitchEntry entry) {
            entry.getStatements().forEach(this::visit);
        } else if (node instanceof LiteralExpr) {
            return;
        } else if (node instanceof ThisExpr && context.kind() == CodeContext.Kind.CONSTRAINT) {
            return; // the fact the pattern matches
        } else if (node instanceof NameExpr name) {
            checkName(name);
        } else if (node instanceof FieldAccessExpr field) {
            checkFieldAccess(field);
        } else if (node instanceof MethodCallExpr call) {
            checkCall(call);
        } else if (node instanceof ObjectCreationExpr creation) {
            checkCreation(creation);
        } else if (node instanceof ArrayCreationExpr array) {
            checkArray(array);
        } else if (node instanceof ClassOrInterfaceType type) {
            checkType(type);
        } else if (PLAIN.contains(node.getClass())) {
            node.getChildNodes().forEach(this::visit);
        } else {
            breach(node, "'" + describe(node) + "' is not allowed in rules (no lambdas, classes, reflection,"
                    + " 'this' or synchronization)");
        }
    }

    private void checkName(NameExpr name) {
        String id = name.getNameAsString();
        if (refusedName(name, id) || context.isVariable(id) || context.isProperty(id)) {
            return;
        }
        if (context.types().allows(id)) {
            return;
        }
        breach(name, "unknown name '" + id + "': rules may use their bindings, local variables and "
                + "the allowed types (see docs/rules.md)");
    }

    private void checkFieldAccess(FieldAccessExpr field) {
        String qualified = NameChains.qualified(field, context);
        String member = field.getNameAsString();
        if (refusedName(field, member)) {
            return;
        }
        if (qualified != null) {
            String scope = qualified.substring(0, qualified.lastIndexOf('.'));
            if (context.types().allows(qualified) || context.types().allows(scope)) {
                return; // a type, or a constant of an allowed type (Month.DECEMBER)
            }
            breach(field, "'" + qualified + "' is not allowed in rules: they may use only the allowed types"
                    + " (see docs/rules.md)");
            return;
        }
        visit(field.getScope());
        if (!member.equals("length") && !(context.kind() == CodeContext.Kind.CONSTRAINT && context.isProperty(member))) {
            breach(field, "field '" + member + "' cannot be read in rules: call its getter");
        }
    }

    private void checkCall(MethodCallExpr call) {
        String method = call.getNameAsString();
        call.getArguments().forEach(this::visit);
        call.getTypeArguments().ifPresent(types -> types.forEach(this::visit));
        boolean refused = refusedName(call, method);
        if (call.getScope().isEmpty()) {
            if (!refused) {
                checkUnqualifiedCall(call, method);
            }
            return;
        }
        Expression scope = call.getScope().get();
        String type = NameChains.typeName(scope, context);
        if (refused) {
            visit(scope); // report what the scope reaches too (reflection chains)
            return;
        }
        if (type != null) {
            if (refusedName(scope, RuleAllowList.simpleName(type))) {
                return;
            }
            String resolved = context.types().resolve(type);
            Set<String> statics = resolved == null ? null
                    : RuleAllowList.STATIC_METHODS.get(RuleAllowList.simpleName(resolved));
            if (resolved == null) {
                breach(scope, "'" + type + "' is not allowed in rules: they may use only the allowed types"
                        + " (see docs/rules.md)");
            } else if (statics == null || !statics.contains("*") && !statics.contains(method)) {
                breach(call, "'" + type + "." + method + "' is not allowed in rules (see docs/rules.md)");
            }
            return;
        }
        visit(scope);
        if (!context.allowsInstanceMethod(method)) {
            breach(call, "method '" + method + "' is not allowed in rules" + DidYouMean.suggest(method,
                    RuleAllowList.INSTANCE_METHODS) + ": see docs/rules.md for the methods rules may call");
        }
    }

    private void checkUnqualifiedCall(MethodCallExpr call, String method) {
        boolean allowed = context.functions().contains(method)
                || context.kind() == CodeContext.Kind.CONSEQUENCE && RuleAllowList.WORKING_MEMORY_ACTIONS.contains(method)
                || context.kind() == CodeContext.Kind.CONSTRAINT && context.allowsInstanceMethod(method);
        if (!allowed) {
            breach(call, "'" + method + "(...)' is not a function of this file nor a method rules may call"
                    + " (see docs/rules.md)");
        }
    }

    private void checkCreation(ObjectCreationExpr creation) {
        creation.getArguments().forEach(this::visit);
        if (creation.getAnonymousClassBody().isPresent()) {
            breach(creation, "anonymous classes are not allowed in rules");
            return;
        }
        String type = creation.getType().getNameWithScope();
        String resolved = context.types().resolve(type);
        boolean constructible = resolved != null && (context.types().isDeclared(resolved)
                || resolved.startsWith("java.lang.") && RuleAllowList.CONSTRUCTIBLE.contains(RuleAllowList.simpleName(resolved)));
        if (!refusedName(creation, RuleAllowList.simpleName(type)) && !constructible) {
            breach(creation, "'new " + type + "(...)' is not allowed in rules: they may create only the file's"
                    + " declared types and exceptions (use List.of, Map.of, valueOf, of for values)");
        }
    }

    private void checkArray(ArrayCreationExpr array) {
        visit(array.getElementType());
        array.getInitializer().ifPresent(this::visit);
        for (var level : array.getLevels()) {
            var dimension = level.getDimension();
            boolean bounded = dimension.isEmpty() || dimension.get() instanceof IntegerLiteralExpr size
                    && size.asNumber().longValue() <= RuleAllowList.MAX_ARRAY_LENGTH;
            if (!bounded) {
                breach(array, "an array in a rule must have a constant size of at most "
                        + RuleAllowList.MAX_ARRAY_LENGTH);
            }
        }
    }

    private void checkType(ClassOrInterfaceType type) {
        type.getTypeArguments().ifPresent(arguments -> arguments.forEach(this::visit));
        String name = type.getNameWithScope();
        if (!refusedName(type, type.getNameAsString()) && !context.types().allows(name)) {
            breach(type, "type '" + name + "' is not allowed in rules (see docs/rules.md for the allowed types)");
        }
    }

    /** Reports a name refused for a reason of its own; true when it was one. */
    private boolean refusedName(Node node, String name) {
        String reason = RuleAllowList.FORBIDDEN_NAMES.get(name);
        if (reason != null && !context.isVariable(name)) {
            breach(node, "'" + name + "' is not allowed in rules: they cannot reach " + reason);
            return true;
        }
        return false;
    }

    private static String describe(Node node) {
        String text = node.toString().lines().findFirst().orElse("").strip();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private void breach(Node node, String message) {
        var begin = node.getBegin();
        SourceMap.Place at = begin.isPresent() ? placer.place(begin.get().line, begin.get().column) : placer.place(1, 1);
        problems.add(new RuleProblem(at.line(), at.column(), message));
    }
}
