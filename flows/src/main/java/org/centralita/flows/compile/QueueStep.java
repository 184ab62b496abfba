package org.centralita.flows.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.QueueNode;
import org.centralita.flows.expr.Expression;
import org.centralita.flows.yaml.YamlNode;

/**
 * Compiles {@code queue} nodes. The {@code context} is a map of names to expressions, or a list
 * of variables handed on under their own names.
 */
final class QueueStep implements NodeStep {
    @Override
    public ExecutableNode compile(NodeContext node) {
        return new QueueNode(node.id(), node.text("queue"), node.integer("priority"), node.duration("timeout"),
                node.flag("announce-position"), context(node), node.outcome("overflow"), node.outcome("error"));
    }

    private static Map<String, Expression> context(NodeContext node) {
        if (!(node.value("context").orElse(null) instanceof YamlNode.Sequence variables)) {
            return node.expressions("context");
        }
        Map<String, Expression> context = new LinkedHashMap<>();
        for (YamlNode item : variables.items()) {
            String name = node.scalar(item, "a 'context' entry");
            if (name != null) {
                context.put(name, node.expression(name, item.position()));
            }
        }
        return context;
    }
}
