package org.centralita.flows.edit;

import java.util.ArrayList;
import java.util.List;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.registry.NodeTypes;
import org.centralita.flows.validate.Names;
import org.centralita.flows.yaml.YamlNode;

/**
 * Renames an outcome a subflow returns: the {@code outcome} of its {@code return} nodes, and in
 * every flow of the directory that calls it, the key that takes that outcome (written as a key of
 * the subflow node or under its {@code outcomes} map).
 */
public final class RenameReturnedOutcome extends TextEdit {

    private static final String RETURN = "return";
    private static final String OUTCOME = "outcome";

    private final FlowsDirectory directory;
    private final String flowId;
    private final String oldName;
    private final String newName;

    public RenameReturnedOutcome(FlowsDirectory directory, String flowId, String oldName, String newName) {
        this.directory = directory;
        this.flowId = flowId;
        this.oldName = oldName;
        this.newName = newName;
    }

    @Override
    public String label() {
        return "Rename outcome '" + oldName + "' of flow '" + flowId + "' to '" + newName + "'";
    }

    @Override
    protected List<DocumentChange> plan() {
        FlowDocument subflow = directory.document(flowId)
                .orElseThrow(() -> new EditException("there is no flow '" + flowId + "' in " + directory.directory()));
        List<FlowNode> returns = subflow.flow().nodes().values().stream()
                .filter(n -> n.typeName().equals(RETURN)).toList();
        checkNames(returns);
        List<DocumentChange> changes = new ArrayList<>();
        ScalarRewrite inSubflow = new ScalarRewrite(subflow.source());
        returns.stream().filter(n -> n.text(OUTCOME).filter(oldName::equals).isPresent()).forEach(n ->
                changes.add(new DocumentChange(subflow, inSubflow.at(n.positionOf(OUTCOME), oldName, newName))));
        for (FlowDocument caller : directory.documents()) {
            ScalarRewrite rewrite = new ScalarRewrite(caller.source());
            for (FlowNode node : RenameFlow.callers(caller, flowId)) {
                node.body().entry(oldName).ifPresent(entry ->
                        changes.add(new DocumentChange(caller, rewrite.at(entry.keyPosition(), oldName, newName))));
                node.field("outcomes").filter(YamlNode.Mapping.class::isInstance).map(YamlNode.Mapping.class::cast)
                        .flatMap(map -> map.entry(oldName)).ifPresent(entry ->
                                changes.add(new DocumentChange(caller, rewrite.at(entry.keyPosition(), oldName, newName))));
            }
        }
        return changes;
    }

    private void checkNames(List<FlowNode> returns) {
        if (returns.stream().noneMatch(n -> n.text(OUTCOME).filter(oldName::equals).isPresent())) {
            throw new EditException("flow '" + flowId + "' returns no outcome '" + oldName + "'");
        }
        if (!Names.isId(newName)) {
            throw new EditException("outcome name '" + newName + "' must match [a-z][a-z0-9-]*");
        }
        if (returns.stream().anyMatch(n -> n.text(OUTCOME).filter(newName::equals).isPresent())) {
            throw new EditException("flow '" + flowId + "' already returns '" + newName + "'");
        }
        if (NodeTypes.get(RenameFlow.SUBFLOW).orElseThrow().declares(newName)) {
            throw new EditException("'" + newName + "' is a field of subflow nodes; choose another outcome name");
        }
    }
}
