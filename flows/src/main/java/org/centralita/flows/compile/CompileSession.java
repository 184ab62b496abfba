package org.centralita.flows.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.centralita.flows.calendar.BusinessCalendar;
import org.centralita.flows.calendar.CalendarReader;
import org.centralita.flows.expr.Expression;
import org.centralita.flows.expr.ExpressionException;
import org.centralita.flows.expr.Expressions;
import org.centralita.flows.expr.Template;
import org.centralita.flows.rules.RuleFailure;
import org.centralita.flows.rules.RuleProblem;
import org.centralita.flows.rules.RuleSet;
import org.centralita.flows.rules.RulesCompiler;
import org.centralita.flows.yaml.SourcePosition;

/**
 * What one compile shares between its flows: calendar files and rule files, each read or built
 * once however many nodes use them, with their problems reported once.
 */
final class CompileSession {

    private final CompileOptions options;
    private final Map<Path, CalendarReader.Loaded> calendars = new HashMap<>();
    private final Map<Path, RulesCompiler.Result> rules = new HashMap<>();
    /** Parsed expressions and templates are immutable: one parse serves every node writing the same text. */
    private final Map<String, Expression> expressions = new HashMap<>();
    private final Map<String, Template> templates = new HashMap<>();

    CompileSession(CompileOptions options) {
        this.options = options;
    }

    CompileOptions options() {
        return options;
    }

    Expression expression(String source) throws ExpressionException {
        return cached(expressions, source, Expressions::parse);
    }

    Template template(String source) throws ExpressionException {
        return cached(templates, source, Template::parse);
    }

    /** Parses a text that may not parse. */
    private interface Parser<T> {
        T parse(String source) throws ExpressionException;
    }

    private static <T> T cached(Map<String, T> cache, String source, Parser<T> parser) throws ExpressionException {
        T parsed = cache.get(source);
        if (parsed == null) {
            parsed = parser.parse(source);
            cache.put(source, parsed);
        }
        return parsed;
    }

    /** The calendar {@code calendars/ID.yaml} of the node's flows directory, or null (reported). */
    BusinessCalendar calendar(String id, NodeContext node) {
        String relative = "calendars/" + id + CalendarReader.SUFFIX;
        Path key = node.flow().directory().resolve(relative).normalize();
        if (!Files.isRegularFile(key)) {
            return node.fail(node.positionOf("calendar"), "calendar '" + id + "' does not exist (no file "
                    + node.flow().fileBeside(relative) + ")", null);
        }
        boolean first = !calendars.containsKey(key);
        CalendarReader.Loaded loaded = calendars.computeIfAbsent(key,
                k -> CalendarReader.load(node.flow().fileBeside(relative)));
        if (loaded.calendar() == null) {
            if (first) {
                loaded.problems().forEach(p -> node.error(p.position(), p.message()));
            } else {
                node.error(node.positionOf("calendar"), "calendar '" + id + "' cannot be used (see its problems)");
            }
        }
        return loaded.calendar();
    }

    /** The rules of a file relative to the flows directory, built once; null when they do not compile. */
    RuleSet rules(String relative, NodeContext node) {
        Path key = node.flow().directory().resolve(relative).normalize();
        Path shown = node.flow().fileBeside(relative);
        if (!Files.isRegularFile(key)) {
            return node.fail(node.positionOf("rules"), "rules file '" + relative + "' does not exist (no file " + shown + ")", null);
        }
        if (options.rulesCompiler() == null) {
            node.warning(node.positionOf("rules"), "rules file '" + relative + "' was not compiled (no rules compiler"
                    + " here); the node takes its error outcome when a call reaches it");
            return notCompiled(relative);
        }
        boolean first = !rules.containsKey(key);
        RulesCompiler.Result result = rules.computeIfAbsent(key, k -> build(k, relative));
        if (!result.ok()) {
            if (first) {
                result.problems().forEach(p -> node.error(positionIn(shown, p), p.message()));
            } else {
                node.error(node.positionOf("rules"), "rules file '" + relative + "' does not compile (see its problems)");
            }
            return null;
        }
        return result.rules();
    }

    private RulesCompiler.Result build(Path file, String relative) {
        try {
            return options.rulesCompiler().compile(file);
        } catch (RuntimeException e) {
            return new RulesCompiler.Result(null, List.of(new RuleProblem(0, 0,
                    "the rules compiler failed on '" + relative + "': " + e)));
        }
    }

    private static SourcePosition positionIn(Path file, RuleProblem problem) {
        return new SourcePosition(file.toString(), Math.max(1, problem.line()), Math.max(1, problem.column()));
    }

    /** Rules that could not be built here: every decision fails with the reason. */
    private static RuleSet notCompiled(String relative) {
        return input -> {
            throw new RuleFailure("rules file '" + relative + "' was not compiled: the flows were compiled"
                    + " without a rules compiler (Drools is part of the runtime)", null);
        };
    }
}
