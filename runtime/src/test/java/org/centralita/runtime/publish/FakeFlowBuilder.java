package org.centralita.runtime.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.registry.NodeTypes;
import org.centralita.flows.validate.Problem;

/**
 * Stands in for the validator and compiler until they are on main: reads flows with the real
 * reader, refuses unknown node types and outcomes naming no node, compiles to node-less flows.
 */
final class FakeFlowBuilder implements FlowBuilder {

    @Override
    public BuildResult build(List<Path> paths) {
        FlowSet set = FlowSet.load(paths);
        List<Problem> problems = new ArrayList<>(set.readProblems());
        List<BuildResult.BuiltFlow> flows = new ArrayList<>();
        for (Flow flow : set.flows()) {
            for (FlowNode node : flow.nodes().values()) {
                check(flow, node, problems);
            }
            Map<String, ExecutableNode> nodes = new LinkedHashMap<>();
            flows.add(new BuildResult.BuiltFlow(new ExecutableFlow(flow.id(), "hash", flow.name(), flow.languages(),
                    flow.start().orElse(null), null, flow.defaults(), Map.of(), nodes, Map.of()), flow.file()));
        }
        return new BuildResult(flows, problems);
    }

    private static void check(Flow flow, FlowNode node, List<Problem> problems) {
        if (NodeTypes.get(node.typeName()).isEmpty()) {
            problems.add(Problem.error(node.position(), node.id(), "unknown node type '" + node.typeName() + "'"));
        }
        for (String outcome : List.of("next", "error")) {
            node.text(outcome).filter(target -> flow.node(target).isEmpty()).ifPresent(target -> problems.add(
                    Problem.error(node.position(), node.id(), "outcome '" + outcome + "' names no node '" + target + "'")));
        }
    }
}
