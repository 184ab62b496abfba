package org.centralita.flows.compile;

import java.util.Map;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.RulesNode;

/** Compiles {@code rules} nodes: the rule file is built once per compile, however many nodes use it. */
final class RulesStep implements NodeStep {

    @Override
    public ExecutableNode compile(NodeContext node) {
        String file = node.text("rules");
        Map<String, String> outcomes = node.targets("outcomes");
        return new RulesNode(node.id(), file, file == null ? null : node.flow().session().rules(file, node),
                outcomes, node.outcome("default"), node.outcome("error"));
    }
}
