package org.centralita.flows.validate;

import java.util.Set;
import org.centralita.flows.yaml.YamlNode;

/**
 * A queue hand-off. Its {@code context} is either a list of variables (handed on by their own
 * names) or a map of name to expression; sensitive values handed to the agent are warned.
 */
final class QueueValidator implements NodeValidator {

    private static final String CONTEXT = "context";
    private static final String HANDED = "is handed to the agent in 'context'";

    @Override
    public String type() {
        return "queue";
    }

    @Override
    public Set<String> ownFields() {
        return Set.of(CONTEXT);
    }

    @Override
    public void validate(NodeScope scope) {
        YamlNode context = scope.node().field(CONTEXT).orElse(null);
        if (context instanceof YamlNode.Mapping map) {
            map.entries().forEach((name, entry) ->
                    ExpressionCheck.expression(scope, entry.value(), "'context' '" + name + "'", Set.of()).ifPresent(e ->
                            ExpressionCheck.sensitive(scope, e.variables(), entry.value().position(), HANDED)));
        } else if (context instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Scalar variable && !variable.isNull()) {
                    ExpressionCheck.declared(scope, variable.value(), item.position(), "'context'");
                    ExpressionCheck.sensitive(scope, Set.of(variable.value()), item.position(), HANDED);
                } else {
                    scope.error(item.position(), "'context' lists variables, not " + item.kind());
                }
            }
        } else if (context != null) {
            scope.error(context.position(), "'context' must be a list of variables or a map of name to expression, not "
                    + context.kind());
        }
    }
}
