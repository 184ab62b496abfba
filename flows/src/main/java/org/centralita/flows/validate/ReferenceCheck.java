package org.centralita.flows.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.centralita.flows.model.Flow;
import org.centralita.flows.registry.FieldKind;
import org.centralita.flows.rules.RuleProblem;
import org.centralita.flows.rules.RulesCompiler;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/**
 * Checks names of things outside the flow file: calendars and rule files beside it (read or
 * compiled once per run, when the options can), connectors of the runtime, other flows.
 */
final class ReferenceCheck {

    private static final List<String> RULE_FILE_ENDINGS = List.of(".drl", ".xlsx", ".csv");

    private ReferenceCheck() {
    }

    static void check(NodeScope scope, FieldKind kind, String field, YamlNode.Scalar scalar) {
        switch (kind) {
            case CALENDAR -> calendar(scope, scalar);
            case CONNECTOR -> connector(scope, scalar);
            case RULES_FILE -> rules(scope, field, scalar);
            case FLOW -> flow(scope, scalar);
            default -> throw new IllegalArgumentException("not a reference: " + kind);
        }
    }

    private static void calendar(NodeScope scope, YamlNode.Scalar scalar) {
        String id = scalar.value();
        if (!Names.isId(id)) {
            scope.error(scalar.position(), "calendar id '" + id + "' must match [a-z][a-z0-9-]* (the file calendars/ID.yaml)");
            return;
        }
        Path file = scope.flow().besideFlow("calendars/" + id + ".yaml");
        ValidationRun run = scope.flow().run();
        if (!run.exists(file)) {
            scope.error(scalar.position(), "calendar '" + id + "' does not exist (no file " + file + ")");
        } else if (scope.flow().options().calendarCheck() != null && run.firstLookAt(file)) {
            run.addAll(scope.flow().options().calendarCheck().check(file));
        }
    }

    private static void connector(NodeScope scope, YamlNode.Scalar scalar) {
        Set<String> connectors = scope.flow().options().connectors();
        if (connectors != null && !connectors.contains(scalar.value())) {
            scope.error(scalar.position(), "connector '" + scalar.value() + "' is not in the runtime's configuration"
                    + DidYouMean.suggest(scalar.value(), connectors));
        }
    }

    private static void rules(NodeScope scope, String field, YamlNode.Scalar scalar) {
        String path = scalar.value();
        if (path.startsWith("/") || path.contains("..") || RULE_FILE_ENDINGS.stream().noneMatch(path::endsWith)) {
            scope.error(scalar.position(), field + " '" + path
                    + "' must be a .drl, .xlsx or .csv file inside the flows directory");
            return;
        }
        Path file = scope.flow().besideFlow(path);
        ValidationRun run = scope.flow().run();
        RulesCompiler compiler = scope.flow().options().rulesCompiler();
        if (!run.exists(file)) {
            scope.error(scalar.position(), "rules file '" + path + "' does not exist (no file " + file + ")");
        } else if (compiler != null && run.firstLookAt(file)) {
            for (RuleProblem problem : compiler.compile(file).problems()) {
                run.add(Problem.error(new SourcePosition(file.toString(), Math.max(1, problem.line()),
                        Math.max(1, problem.column())), scope.id(), problem.message()));
            }
        }
    }

    private static void flow(NodeScope scope, YamlNode.Scalar scalar) {
        if (scope.flow().run().flow(scalar.value(), scope.model()).isEmpty()) {
            scope.error(scalar.position(), "unknown flow '" + scalar.value() + "'"
                    + DidYouMean.suggest(scalar.value(), scope.flow().run().set().flows().stream().map(Flow::id).toList()));
        }
    }
}
