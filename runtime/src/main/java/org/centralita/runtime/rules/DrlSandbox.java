package org.centralita.runtime.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.centralita.flows.rules.RuleProblem;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The rules sandbox: parses a DRL file with Drools' own parser and checks the parsed model
 * (package, imports, function imports, globals, declared types, functions, rules, their
 * conditions and consequences) against the {@link RuleAllowList}. What it approves is the very
 * model the compiler then builds, so nothing the check did not see reaches the rule engine.
 */
final class DrlSandbox {

    /** The parsed model (null when the file does not parse) and every breach or syntax error, each at its line. */
    record Checked(PackageDescr model, List<RuleProblem> breaches) {
        boolean approved() {
            return model != null && breaches.isEmpty();
        }
    }

    private final SourceMap source;
    private final RuleTypes types = new RuleTypes();
    private final Set<String> functions = new LinkedHashSet<>();
    private final List<RuleProblem> breaches = new ArrayList<>();

    private DrlSandbox(String drl) {
        this.source = new SourceMap(drl);
    }

    /** Parses and checks {@code drl}; never throws for any text. */
    static Checked check(String drl) {
        try {
            return parseAndCheck(drl);
        } catch (StackOverflowError e) {
            // parsers recurse on nesting: a file nested this deep is refused, not a crash of validate
            return new Checked(null, List.of(new RuleProblem(0, 0, "the rule file nests too deeply to be checked")));
        }
    }

    private static Checked parseAndCheck(String drl) {
        DrlParser parser = new DrlParser();
        PackageDescr model;
        try {
            model = parser.parse(false, drl);
        } catch (DroolsParserException | RuntimeException e) {
            return new Checked(null, List.of(new RuleProblem(0, 0, "the rule file does not parse: " + e.getMessage())));
        }
        if (model == null || parser.hasErrors()) {
            List<RuleProblem> errors = BuildMessages.parserProblems(parser.getErrors());
            return new Checked(null, errors.isEmpty() ? List.of(new RuleProblem(0, 0, "the rule file does not parse"))
                    : errors);
        }
        DrlSandbox sandbox = new DrlSandbox(drl);
        try {
            sandbox.run(model);
        } catch (RuntimeException e) {
            // a shape of DRL this check does not know: refuse it rather than build it unchecked
            sandbox.breach(0, 0, "the rules sandbox cannot check this file (" + e.getClass().getSimpleName()
                    + "): simplify the rules");
        }
        return new Checked(model, List.copyOf(sandbox.breaches));
    }

    private void run(PackageDescr model) {
        if (model.getUnit() != null) {
            breach(model.getUnit(), "rule units are not supported");
        }
        model.getAttributes().forEach(this::checkAttribute);
        model.getImports().forEach(this::checkImport);
        model.getFunctionImports().forEach(this::checkFunctionImport);
        model.getAccumulateImports().forEach(i -> breach(i, "'import accumulate' is not allowed in rules"));
        model.getGlobals().forEach(g -> breach(g, "global '" + g.getIdentifier() + "' is not allowed: the runtime"
                + " gives rules no globals; read the call and the flow's variables from the Call and Flow facts"));
        model.getEnumDeclarations().forEach(e -> breach(e, "'declare enum' is not supported in rules"));
        model.getEntryPointDeclarations().forEach(e -> breach(e, "entry points are not supported in rules"));
        model.getWindowDeclarations().forEach(w -> breach(w, "windows are not supported in rules"));
        model.getTypeDeclarations().forEach(this::declareType);
        model.getTypeDeclarations().forEach(this::checkTypeFields);
        model.getFunctions().forEach(f -> functions.add(f.getName()));
        checkFunctions(model.getFunctions());
        model.getRules().forEach(this::checkRule);
    }

    private void checkAttribute(AttributeDescr attribute) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        if (!RuleAllowList.ATTRIBUTES.contains(name)) {
            breach(attribute, "attribute '" + name + "' is not allowed in rules");
        } else if (name.equals("dialect") && !value.replace("\"", "").equals("java")) {
            breach(attribute, "dialect " + value + " is not allowed: rules are written in the java dialect");
        } else if (name.equals("salience") && !value.matches("-?\\d{1,9}")) {
            breach(attribute, "salience must be a whole number, not '" + value + "'");
        } else if (name.equals("enabled") && !value.matches("true|false")) {
            breach(attribute, "enabled must be true or false, not '" + value + "'");
        }
    }

    private void checkImport(ImportDescr descr) {
        String name = descr.getTarget().replaceAll("\\s+", "");
        descr.setTarget(name); // an import written over two lines builds as the name it spells
        if (RuleTypes.allowsImport(name)) {
            types.importType(name);
        } else {
            breach(descr, "import of '" + name + "' is not allowed: rules may import only the facts of "
                    + RuleAllowList.FACTS_PACKAGE + " and the JDK value types listed in docs/rules.md");
        }
    }

    private void checkFunctionImport(FunctionImportDescr descr) {
        String target = descr.getTarget().replaceAll("\\s+", "");
        descr.setTarget(target);
        int dot = target.lastIndexOf('.');
        String owner = dot < 0 ? "" : target.substring(0, dot);
        String method = target.substring(dot + 1);
        Set<String> statics = RuleAllowList.TYPES.contains(owner)
                ? RuleAllowList.STATIC_METHODS.get(RuleAllowList.simpleName(owner)) : null;
        if (statics != null && !method.equals("*") && (statics.contains("*") || statics.contains(method))) {
            functions.add(method);
        } else {
            breach(descr, "'import function " + target + "' is not allowed: rules may import only the static"
                    + " methods listed in docs/rules.md (Math.max, ...)");
        }
    }

    private void declareType(TypeDeclarationDescr type) {
        String name = type.getTypeName();
        if (name.contains(".") || types.hides(name)) {
            breach(type, "declared type '" + name + "' must have a simple name of its own, not the name of a"
                    + " Java or fact type");
            return;
        }
        types.declare(name, type.getFields().keySet());
    }

    private void checkTypeFields(TypeDeclarationDescr type) {
        checkAnnotations(type);
        type.getFields().values().forEach(this::checkAnnotations);
        type.getSuperTypes().stream().filter(s -> !types.isDeclared(s.getFullName()) && !"Object".equals(s.getFullName())
                && !"java.lang.Object".equals(s.getFullName())).forEach(s -> breach(type, "declared type '"
                + type.getTypeName() + "' may extend only a type the file declares, not '" + s.getFullName() + "'"));
        for (TypeFieldDescr field : type.getFields().values()) {
            String fieldType = field.getPattern().getObjectType();
            if (!types.allowsTypeText(fieldType)) {
                breach(field, "field '" + field.getFieldName() + "' has type '" + fieldType + "', which is not"
                        + " allowed in rules");
            }
            if (field.getInitExpr() != null) {
                breaches.addAll(CodeCheck.expression(field.getInitExpr(), place(field), context(Set.of(),
                        CodeContext.Kind.EXPRESSION), "the initial value of field '" + field.getFieldName() + "'"));
            }
        }
    }

    private void checkAnnotations(AnnotatedBaseDescr descr) {
        descr.getAnnotationNames().stream().filter(name -> !RuleAllowList.TYPE_ANNOTATIONS.contains(name))
                .forEach(name -> breach(descr, "annotation '@" + name + "' is not allowed in rules: declared types"
                        + " may carry only " + String.join(", ", RuleAllowList.TYPE_ANNOTATIONS.stream()
                        .sorted().map(a -> "@" + a).toList())));
    }

    private void checkFunctions(List<FunctionDescr> declaredFunctions) {
        FunctionCalls calls = new FunctionCalls();
        for (FunctionDescr function : declaredFunctions) {
            List<String> typeTexts = new ArrayList<>(function.getParameterTypes());
            typeTexts.add(function.getReturnType() == null ? "void" : function.getReturnType());
            typeTexts.stream().filter(t -> !types.allowsTypeText(t)).forEach(t -> breach(function,
                    "function '" + function.getName() + "' uses type '" + t + "', which is not allowed in rules"));
            String body = function.getBody() == null ? "" : function.getBody();
            SourceMap.Place at = snippetPlace(body, function);
            breaches.addAll(CodeCheck.block(body, at, context(new HashSet<>(function.getParameterNames()),
                    CodeContext.Kind.FUNCTION), "the body of function '" + function.getName() + "'"));
            calls.add(function.getName(), body, functions);
        }
        for (FunctionDescr function : declaredFunctions) {
            calls.cycleFrom(function.getName()).ifPresent(cycle -> breach(function, "function '" + function.getName()
                    + "' calls itself (" + String.join(" -> ", cycle) + "): recursion is not allowed in rules"));
        }
    }

    private void checkRule(RuleDescr rule) {
        if (rule.isQuery()) {
            breach(rule, "query '" + rule.getName() + "' is not allowed in rules: a decision needs none");
            return;
        }
        rule.getAttributes().values().forEach(this::checkAttribute);
        if (!rule.getNamedConsequences().isEmpty()) {
            breach(rule, "rule '" + rule.getName() + "': named consequences (do[...]) are not allowed in rules");
        }
        PatternCheck conditions = new PatternCheck(types, place(rule));
        breaches.addAll(conditions.check(rule.getLhs(), context(Set.of(), CodeContext.Kind.CONSTRAINT)));
        Object consequence = rule.getConsequence();
        if (consequence != null) {
            String code = consequence.toString();
            breaches.addAll(CodeCheck.block(code, snippetPlace(code, rule),
                    context(conditions.bindings(), CodeContext.Kind.CONSEQUENCE),
                    "the consequence of rule '" + rule.getName() + "'"));
        }
    }

    private CodeContext context(Set<String> variables, CodeContext.Kind kind) {
        return new CodeContext(types, functions, variables, kind);
    }

    /** Where a piece of code Drools took from the file starts, or the line of its owner. */
    private SourceMap.Place snippetPlace(String code, BaseDescr owner) {
        SourceMap.Place found = source.find(code, owner.getStartCharacter());
        return found != null ? found : new SourceMap.Place(Math.max(owner.getLine(), 0), 0);
    }

    private static SourceMap.Place place(BaseDescr descr) {
        return new SourceMap.Place(Math.max(descr.getLine(), 0), descr.getColumn() < 0 ? 0 : descr.getColumn() + 1);
    }

    private void breach(BaseDescr descr, String message) {
        SourceMap.Place at = place(descr);
        breach(at.line(), at.column(), message);
    }

    private void breach(int line, int column, String message) {
        breaches.add(new RuleProblem(line, column, message));
    }
}
