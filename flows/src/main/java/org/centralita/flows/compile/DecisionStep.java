package org.centralita.flows.compile;

import java.util.ArrayList;
import java.util.List;
import org.centralita.flows.executable.DecisionNode;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.yaml.YamlNode;

/** Compiles {@code decision} nodes: branches {@code {when, next}} in order, then {@code else}. */
final class DecisionStep implements NodeStep {

    @Override
    public ExecutableNode compile(NodeContext node) {
        return new DecisionNode(node.id(), branches(node), node.outcome("else"), node.outcome("error"));
    }

    private static List<DecisionNode.Branch> branches(NodeContext node) {
        List<DecisionNode.Branch> branches = new ArrayList<>();
        YamlNode written = node.value("branches").orElse(null);
        if (written == null) {
            node.text("branches");
            return branches;
        }
        if (!(written instanceof YamlNode.Sequence list)) {
            return node.fail(written.position(), "'branches' is a list of {when: expression, next: node}", branches);
        }
        int number = 1;
        for (YamlNode item : list.items()) {
            String what = "branch " + number++;
            if (!(item instanceof YamlNode.Mapping branch) || !branch.has("when") || !branch.has("next")) {
                node.error(item.position(), what + " must be {when: expression, next: node}");
                continue;
            }
            YamlNode when = branch.get("when").orElseThrow();
            String source = node.scalar(when, what + "'s 'when'");
            branches.add(new DecisionNode.Branch(source == null ? null : node.expression(source, when.position()),
                    node.target(branch.get("next").orElseThrow(), what)));
        }
        return branches;
    }
}
