package org.centralita.flows.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.QueueNode;
import org.centralita.flows.expr.Expression;
import org.centralita.flows.yaml.YamlNode;

/** Compiles {@code queue} nodes. */
final class QueueStep implements NodeStep {

    private static final String CONTEXT = "context";

    @Override
    public ExecutableNode compile(NodeContext node) {
        return new QueueNode(node.id(), node.text("queue"), node.integer("priority"), node.duration("timeout"),
                node.flag("announce-position"), context(node), node.outcome("overflow"),
                node.outcome("error"));
    }

    /**
     * The context as name to expression. The format also allows a list of variables, each handed
     * on under its own name: the validator accepts both forms, so the compiler must too.
     */
    private static Map<String, Expression> context(NodeContext node) {
        Optional<YamlNode> written = node.value(CONTEXT);
        if (written.isEmpty() || !(written.get() instanceof YamlNode.Sequence list)) {
            return node.expressions(CONTEXT);
        }
        Map<String, Expression> context = new LinkedHashMap<>();
        for (YamlNode item : list.items()) {
            String variable = node.scalar(item, "a 'context' entry");
            if (variable != null) {
                context.put(variable, node.expression(variable, item.position()));
            }
        }
        return context;
    }
}
