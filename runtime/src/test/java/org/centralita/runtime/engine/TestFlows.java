package org.centralita.runtime.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.InputTiming;
import org.centralita.flows.executable.PromptSpec;
import org.centralita.flows.executable.SegmentSpec;
import org.centralita.flows.executable.VariableSpec;
import org.centralita.flows.expr.Expression;
import org.centralita.flows.expr.ExpressionException;
import org.centralita.flows.expr.Expressions;
import org.centralita.flows.expr.Template;
import org.centralita.flows.model.Defaults;

/** Builds compiled flows by hand for engine tests (before and besides the real compiler). */
final class TestFlows {

    private final String id;
    private final List<String> languages = new ArrayList<>(List.of("en-US"));
    private final Map<String, VariableSpec> variables = new LinkedHashMap<>();
    private final Map<String, ExecutableNode> nodes = new LinkedHashMap<>();
    private final Map<String, ExecutableFlow> subflows = new LinkedHashMap<>();
    private String start;
    private String onError;

    private TestFlows(String id) {
        this.id = id;
    }

    static TestFlows flow(String id) {
        return new TestFlows(id);
    }

    TestFlows languages(String... tags) {
        languages.clear();
        languages.addAll(List.of(tags));
        return this;
    }

    TestFlows variable(String name, String type) {
        variables.put(name, new VariableSpec(name, type, false, null));
        return this;
    }

    /** A variable declared {@code sensitive: false}: it never becomes secret by derivation. */
    TestFlows neverSecret(String name, String type) {
        variables.put(name, new VariableSpec(name, type, false, null, true));
        return this;
    }

    TestFlows secret(String name, String type) {
        variables.put(name, new VariableSpec(name, type, true, null));
        return this;
    }

    TestFlows onError(String node) {
        onError = node;
        return this;
    }

    TestFlows subflow(ExecutableFlow subflow) {
        subflows.put(subflow.id(), subflow);
        return this;
    }

    /** Adds a node; the first one added is the start. */
    TestFlows node(ExecutableNode node) {
        if (start == null) {
            start = node.id();
        }
        nodes.put(node.id(), node);
        return this;
    }

    ExecutableFlow build() {
        return new ExecutableFlow(id, "1", id, languages, start, onError, Defaults.BUILT_IN, variables, nodes, subflows);
    }

    static PromptSpec say(String text) {
        return new PromptSpec(Map.of("en-US", List.of(new SegmentSpec.Text(template(text)))), "en-US");
    }

    static PromptSpec say(String english, String spanish) {
        return new PromptSpec(Map.of("en-US", List.of(new SegmentSpec.Text(template(english))),
                "es-ES", List.of(new SegmentSpec.Text(template(spanish)))), "en-US");
    }

    static PromptSpec segments(SegmentSpec... segments) {
        return new PromptSpec(Map.of("en-US", List.of(segments)), "en-US");
    }

    static InputTiming timing(int retries) {
        return new InputTiming(Duration.ofSeconds(5), Duration.ofSeconds(3), retries, true);
    }

    static Expression expr(String source) {
        try {
            return Expressions.parse(source);
        } catch (ExpressionException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static Template template(String source) {
        try {
            return Template.parse(source);
        } catch (ExpressionException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
