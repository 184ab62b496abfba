package org.centralita.flows.edit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Names;

/**
 * Renames a flow across its flows directory: its {@code id}, the {@code flow:} of every subflow
 * node that runs it (in any file of the directory), and its file name ({@code ID.flow.yaml}, as
 * the format requires), which changes on disk when the directory is saved.
 */
public final class RenameFlow extends TextEdit {

    static final String SUBFLOW = "subflow";

    private final FlowsDirectory directory;
    private final String oldId;
    private final String newId;
    private FlowDocument renamed;
    private Path oldPath;

    public RenameFlow(FlowsDirectory directory, String oldId, String newId) {
        this.directory = directory;
        this.oldId = oldId;
        this.newId = newId;
    }

    @Override
    public String label() {
        return "Rename flow '" + oldId + "' to '" + newId + "'";
    }

    @Override
    protected List<DocumentChange> plan() {
        FlowDocument document = directory.document(oldId)
                .orElseThrow(() -> new EditException("there is no flow '" + oldId + "' in " + directory.directory()));
        if (!Names.isId(newId)) {
            throw new EditException("flow id '" + newId + "' must match [a-z][a-z0-9-]* (lower-case letters, digits, '-')");
        }
        Path newPath = document.path().resolveSibling(newId + FlowSet.FLOW_SUFFIX);
        if (directory.document(newId).isPresent() || Files.exists(newPath)) {
            throw new EditException("there is already a flow '" + newId + "' (" + newPath + ")");
        }
        List<DocumentChange> changes = new ArrayList<>();
        changes.add(new DocumentChange(document, new ScalarRewrite(document.source())
                .at(document.flow().root().get("id").orElseThrow().position(), oldId, newId)));
        for (FlowDocument caller : directory.documents()) {
            ScalarRewrite rewrite = new ScalarRewrite(caller.source());
            for (FlowNode node : callers(caller, oldId)) {
                changes.add(new DocumentChange(caller, rewrite.at(node.positionOf("flow"), oldId, newId)));
            }
        }
        renamed = document;
        oldPath = document.path();
        return changes;
    }

    /** The subflow nodes of {@code document} that run flow {@code flowId}. */
    static List<FlowNode> callers(FlowDocument document, String flowId) {
        return document.flow().nodes().values().stream()
                .filter(n -> n.typeName().equals(SUBFLOW) && n.text("flow").filter(flowId::equals).isPresent())
                .toList();
    }

    @Override
    protected void afterChange(boolean undone) {
        renamed.moveTo(undone ? oldPath : oldPath.resolveSibling(newId + FlowSet.FLOW_SUFFIX));
    }
}
