package org.centralita.flows.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.centralita.flows.expr.ExpressionException;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.model.VariableDecl;
import org.centralita.flows.yaml.YamlNode;

/**
 * The variables of a flow that a {@code set} node gives a value computed from a sensitive one
 * (a copy, a concatenation, a part): the runtime masks them as it masks the secret, and the
 * validator warns where they are spoken, sent or handed on. A yes/no variable is not one (it
 * cannot carry the secret's digits), nor one declared {@code sensitive: false}.
 */
final class DerivedSecrets {

    private final Map<String, String> sources = new HashMap<>();

    private DerivedSecrets() {
    }

    /** Works the flow's derived secrets out, until no assignment adds one. */
    static DerivedSecrets of(Flow flow, ValidationRun run) {
        DerivedSecrets derived = new DerivedSecrets();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (FlowNode node : flow.nodes().values()) {
                if ("set".equals(node.typeName()) && node.field("assign").orElse(null) instanceof YamlNode.Mapping assign) {
                    for (Map.Entry<String, YamlNode.Entry> entry : assign.entries().entrySet()) {
                        grew |= derived.consider(flow, run, entry.getKey(), entry.getValue().value());
                    }
                }
            }
        }
        return derived;
    }

    /** The sensitive variable {@code variable}'s value may be derived from, if any. */
    Optional<String> source(String variable) {
        return Optional.ofNullable(sources.get(variable));
    }

    private boolean consider(Flow flow, ValidationRun run, String variable, YamlNode value) {
        VariableDecl decl = flow.variables().get(variable);
        if (decl == null || decl.sensitive() || decl.declaredNotSensitive() || "boolean".equals(decl.type())
                || sources.containsKey(variable)
                || !(value instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            return false;
        }
        try {
            for (String read : run.parse(scalar.value()).variables()) {
                String source = flow.isSensitive(read) ? read : sources.get(read);
                if (source != null) {
                    sources.put(variable, source);
                    return true;
                }
            }
        } catch (ExpressionException e) {
            // the set node's own check reports it
        }
        return false;
    }
}
