package org.centralita.flows.compile;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.centralita.flows.executable.InputTiming;
import org.centralita.flows.executable.PromptSpec;
import org.centralita.flows.expr.Expression;
import org.centralita.flows.expr.ExpressionException;
import org.centralita.flows.expr.Template;
import org.centralita.flows.model.Defaults;
import org.centralita.flows.model.Durations;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.registry.FieldSpec;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/**
 * One node being compiled: its fields read with the registry's and the flow's defaults applied,
 * expressions and prompts built, outcomes checked. Every fault becomes a problem at the field's
 * line and column, and marks the node as failed instead of throwing.
 */
final class NodeContext {

    private final FlowNode node;
    private final NodeType type;
    private final FlowContext flow;
    private int errors;

    NodeContext(FlowNode node, NodeType type, FlowContext flow) {
        this.node = node;
        this.type = type;
        this.flow = flow;
    }

    String id() {
        return node.id();
    }

    FlowContext flow() {
        return flow;
    }

    boolean failed() {
        return errors > 0;
    }

    int errorCount() {
        return errors;
    }

    /** The field's value as written, unless it is missing or written as nothing. */
    Optional<YamlNode> value(String field) {
        return node.field(field).filter(v -> !(v instanceof YamlNode.Scalar s && s.isNull()));
    }

    SourcePosition positionOf(String field) {
        return node.positionOf(field);
    }

    /** The text written, else the registry default; null when neither (reported if required). */
    String text(String field) {
        FieldSpec spec = type.field(field).orElseThrow(() ->
                new IllegalStateException("type '" + type.name() + "' has no field '" + field + "'"));
        Optional<YamlNode> written = value(field);
        if (written.isPresent()) {
            if (written.get() instanceof YamlNode.Scalar s) {
                return s.value();
            }
            error(written.get().position(), "'" + field + "' must be a " + spec.kind().label() + ", not " + written.get().kind());
            return null;
        }
        String fallback = FieldDefaults.resolve(spec.defaultValue(), flow.defaults());
        if (fallback == null && spec.required()) {
            error(node.position(), "missing '" + field + "' (" + spec.description() + ")");
        }
        return fallback;
    }

    Duration duration(String field) {
        return convert(field, (text, at) -> Durations.parse(text).orElseGet(() ->
                fail(at, "'" + text + "' is not a duration (300ms, 5s, 2m, 1h)", null)));
    }

    int integer(String field) {
        Integer value = convert(field, (text, at) -> {
            try {
                return Integer.valueOf(text.trim());
            } catch (NumberFormatException e) {
                return fail(at, "'" + text + "' is not a whole number", null);
            }
        });
        return value == null ? 0 : value;
    }

    boolean flag(String field) {
        Boolean value = convert(field, (text, at) -> switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> fail(at, "'" + text + "' is not true or false", null);
        });
        return Boolean.TRUE.equals(value);
    }

    double decimal(String field) {
        BigDecimal value = convert(field, (text, at) -> {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                return fail(at, "'" + text + "' is not a number", null);
            }
        });
        return value == null ? 0 : value.doubleValue();
    }

    /** The field's expression (written, or the registry default such as {@code call.ani}). */
    Expression expression(String field) {
        String text = text(field);
        return text == null ? null : expression(text, positionOf(field));
    }

    Expression expression(String source, SourcePosition at) {
        try {
            return flow.session().expression(source);
        } catch (ExpressionException e) {
            return fail(at, e.getMessage(), null);
        }
    }

    Template template(String field) {
        String text = text(field);
        return text == null ? null : template(text, positionOf(field));
    }

    Template template(String source, SourcePosition at) {
        try {
            return flow.session().template(source);
        } catch (ExpressionException e) {
            return fail(at, e.getMessage(), null);
        }
    }

    /** The prompt of a field, or null when it is left out (reported if the field is required). */
    PromptSpec prompt(String field) {
        Optional<YamlNode> written = value(field);
        if (written.isEmpty()) {
            text(field);
            return null;
        }
        return flow.prompts().resolve(written.get(), this);
    }

    /** The node an outcome leads to, or null when it is left out (reported if required). */
    String outcome(String name) {
        Optional<YamlNode> written = value(name);
        if (written.isEmpty()) {
            type.outcome(name).filter(o -> o.required()).ifPresent(o ->
                    error(node.position(), "missing outcome '" + name + "' (" + o.description() + ")"));
            return null;
        }
        return target(written.get(), "outcome '" + name + "'");
    }

    /** A node id written as {@code value}, checked to exist in the flow. */
    String target(YamlNode value, String what) {
        if (!(value instanceof YamlNode.Scalar s) || s.isNull()) {
            return fail(value.position(), what + " must name a node", null);
        }
        if (!flow.flow().nodes().containsKey(s.value())) {
            return fail(value.position(), what + " goes to unknown node '" + s.value() + "'", null);
        }
        return s.value();
    }

    /** The map written under {@code field}, or an empty one when it is left out. */
    YamlNode.Mapping mapping(String field) {
        Optional<YamlNode> written = value(field);
        if (written.isEmpty()) {
            text(field);
            return new YamlNode.Mapping(Map.of(), node.position());
        }
        if (written.get() instanceof YamlNode.Mapping map) {
            return map;
        }
        return fail(written.get().position(), "'" + field + "' must be a map, not " + written.get().kind(),
                new YamlNode.Mapping(Map.of(), written.get().position()));
    }

    /** A map of names to expressions, in the order written. */
    Map<String, Expression> expressions(String field) {
        Map<String, Expression> result = new LinkedHashMap<>();
        mapping(field).entries().forEach((name, entry) -> {
            String source = scalar(entry.value(), "'" + name + "'");
            if (source != null) {
                result.put(name, expression(source, entry.value().position()));
            }
        });
        return result;
    }

    /** A map of names to texts, in the order written. */
    Map<String, String> texts(String field) {
        Map<String, String> result = new LinkedHashMap<>();
        mapping(field).entries().forEach((name, entry) -> {
            String text = scalar(entry.value(), "'" + name + "'");
            if (text != null) {
                result.put(name, text);
            }
        });
        return result;
    }

    /** A map of outcome names to node ids, each checked to exist. */
    Map<String, String> targets(String field) {
        Map<String, String> result = new LinkedHashMap<>();
        mapping(field).entries().forEach((name, entry) -> {
            String target = target(entry.value(), "outcome '" + name + "'");
            if (target != null) {
                result.put(name, target);
            }
        });
        return result;
    }

    /** Keys the node's type does not declare, taken as outcome names to node ids (subflow returns). */
    Map<String, String> undeclaredTargets() {
        Map<String, String> result = new LinkedHashMap<>();
        node.body().entries().forEach((name, entry) -> {
            if (!type.declares(name)) {
                String target = target(entry.value(), "outcome '" + name + "'");
                if (target != null) {
                    result.put(name, target);
                }
            }
        });
        return result;
    }

    /** The text of a single value, or null (reported) when it is a list, a map or nothing. */
    String scalar(YamlNode value, String what) {
        if (value instanceof YamlNode.Scalar s && !s.isNull()) {
            return s.value();
        }
        return fail(value.position(), what + " must be a single value, not " + value.kind(), null);
    }

    /** The waits and attempts of an input; a field the type does not have takes the flow default. */
    InputTiming timing() {
        Defaults defaults = flow.defaults();
        return new InputTiming(
                type.field("timeout").isPresent() ? duration("timeout") : defaults.timeout(),
                type.field("inter-digit-timeout").isPresent() ? duration("inter-digit-timeout") : defaults.interDigitTimeout(),
                type.field("retries").isPresent() ? integer("retries") : defaults.retries(),
                type.field("barge-in").isPresent() ? flag("barge-in") : defaults.bargeIn());
    }

    void error(SourcePosition at, String message) {
        errors++;
        flow.report(Problem.error(at, node.id(), message));
    }

    void warning(SourcePosition at, String message) {
        flow.report(Problem.warning(at, node.id(), message));
    }

    /** Records an error and gives {@code fallback}, so a step can go on and report more. */
    <T> T fail(SourcePosition at, String message, T fallback) {
        error(at, message);
        return fallback;
    }

    private <T> T convert(String field, BiFunction<String, SourcePosition, T> parser) {
        String text = text(field);
        return text == null ? null : parser.apply(text, positionOf(field));
    }
}
