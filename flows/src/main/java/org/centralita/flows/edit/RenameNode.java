package org.centralita.flows.edit;

import java.util.ArrayList;
import java.util.List;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.validate.OutcomeLink;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/**
 * Renames a node and rewrites every reference to it in its flow: {@code start}, {@code on-error},
 * every outcome, option, branch and mapped outcome that goes to it (found through the registry,
 * as the validator finds them) and its layout entry. Node ids are not seen by other flows: a
 * subflow's callers name its returned outcomes, renamed by {@link RenameReturnedOutcome}.
 */
public final class RenameNode extends TextEdit {

    private final FlowDocument document;
    private final String oldId;
    private final String newId;

    public RenameNode(FlowDocument document, String oldId, String newId) {
        this.document = document;
        this.oldId = oldId;
        this.newId = newId;
    }

    @Override
    public String label() {
        return "Rename node '" + oldId + "' to '" + newId + "'";
    }

    @Override
    protected List<DocumentChange> plan() {
        FlowOutline outline = new FlowOutline(document.source());
        outline.node(oldId);
        CreateNode.NodeIds.requireFree(outline, newId);
        MappingPatches patches = new MappingPatches(outline.source());
        List<DocumentChange> changes = new ArrayList<>();
        changes.add(new DocumentChange(document, patches.renameKey(outline.nodeEntry(oldId).orElseThrow(), newId)));
        outline.layoutEntry(oldId).ifPresent(entry -> changes.add(new DocumentChange(document, patches.renameKey(entry, newId))));
        ScalarRewrite rewrite = new ScalarRewrite(outline.source());
        for (SourcePosition reference : references(document.flow(), oldId)) {
            changes.add(new DocumentChange(document, rewrite.at(reference, oldId, newId)));
        }
        return changes;
    }

    /** Where {@code id} is written as the target of {@code start}, {@code on-error} or an outcome. */
    static List<SourcePosition> references(Flow flow, String id) {
        List<SourcePosition> positions = new ArrayList<>();
        for (String key : List.of("start", "on-error")) {
            flow.root().get(key).filter(v -> v instanceof YamlNode.Scalar s && s.value().equals(id))
                    .ifPresent(v -> positions.add(v.position()));
        }
        for (FlowNode node : flow.nodes().values()) {
            node.type().ifPresent(type -> OutcomeLink.of(node, type).stream()
                    .filter(link -> link.target().equals(id)).forEach(link -> positions.add(link.position())));
        }
        return positions;
    }
}
