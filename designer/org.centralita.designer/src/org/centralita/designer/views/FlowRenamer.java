package org.centralita.designer.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.centralita.designer.Messages;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.model.NewFlow;
import org.centralita.flows.edit.FlowDocument;
import org.centralita.flows.edit.FlowsDirectory;
import org.centralita.flows.edit.RenameFlow;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renames a flow from the flows explorer with the editing API's {@link RenameFlow}: its id, its
 * file name and the {@code flow:} of every subflow node that runs it, in every file of the
 * directory. The analyst names the new id, sees the files that change and confirms; open editors
 * of those files show them as renamed.
 */
final class FlowRenamer {

    private static final Logger LOG = LoggerFactory.getLogger(FlowRenamer.class);

    private final IWorkbenchPage page;
    private final Path directory;

    FlowRenamer(IWorkbenchPage page, Path directory) {
        this.page = page;
        this.directory = directory;
    }

    /**
     * A rename made, kept so that Edit > Undo in the explorer can take it back and Redo make it
     * again; {@code changed} are the flows it rewrites.
     */
    record Renamed(FlowsDirectory flows, RenameFlow edit, Path oldPath, Path newPath, List<FlowDocument> changed) {
        String label() {
            return edit.label();
        }
    }

    /** Asks for the new id of the flow in {@code file}, confirms, renames; the rename made, if any. */
    Optional<Renamed> rename(Path file) {
        Shell shell = page.getWorkbenchWindow().getShell();
        List<String> dirty = openFlowEditors().stream().filter(FlowEditor::isDirty)
                .map(e -> e.diagram().file().getFileName().toString()).toList();
        if (!dirty.isEmpty()) {
            MessageDialog.openWarning(shell, Messages.RenameFlow_title, Messages.bind(Messages.RenameFlow_dirty, String.join(", ", dirty)));
            return Optional.empty();
        }
        FlowsDirectory flows = FlowsDirectory.open(directory);
        Optional<FlowDocument> document = flows.documents().stream()
                .filter(d -> d.path().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())).findFirst();
        if (document.isEmpty()) {
            MessageDialog.openWarning(shell, Messages.RenameFlow_title, Messages.bind(Messages.RenameFlow_unreadable, file.getFileName()));
            return Optional.empty();
        }
        String oldId = document.get().flow().id();
        InputDialog ask = new InputDialog(shell, Messages.RenameFlow_title, Messages.bind(Messages.RenameFlow_prompt, oldId), oldId,
                typed -> typed.strip().equals(oldId) ? "" : NewFlow.problem(directory, typed.strip(), "en-US").orElse(null));
        if (ask.open() != Window.OK) {
            return Optional.empty();
        }
        String newId = ask.getValue().strip();
        RenameFlow edit = new RenameFlow(flows, oldId, newId);
        Optional<String> refusal = edit.refusal();
        if (refusal.isPresent()) {
            MessageDialog.openError(shell, Messages.RenameFlow_title, Messages.bind(Messages.RenameFlow_failed, refusal.get()));
            return Optional.empty();
        }
        Path oldPath = document.get().path().toAbsolutePath().normalize();
        edit.apply();
        List<FlowDocument> changed = flows.documents().stream().filter(FlowDocument::isDirty).toList();
        String files = changed.stream().map(d -> "  " + (d == document.get() ? oldPath.getFileName() + " \u2192 " : "")
                + d.path().getFileName()).collect(Collectors.joining("\n"));
        if (!MessageDialog.openQuestion(shell, Messages.RenameFlow_title, Messages.bind(Messages.RenameFlow_confirm, new Object[] {oldId, newId, files}))) {
            edit.undo();
            return Optional.empty();
        }
        try {
            flows.save();
        } catch (IOException e) {
            LOG.warn("could not save the rename of {} to {}: {}", oldId, newId, e.toString());
            MessageDialog.openError(shell, Messages.RenameFlow_title, Messages.bind(Messages.RenameFlow_failed, e.getMessage()));
            return Optional.empty();
        }
        LOG.info("renamed flow {} to {}: {}", oldId, newId, changed.stream().map(d -> d.path().getFileName().toString()).toList());
        Path newPath = document.get().path().toAbsolutePath().normalize();
        followInEditors(oldPath, newPath, changed.stream().map(d -> d.path().toAbsolutePath().normalize()).toList());
        return Optional.of(new Renamed(flows, edit, oldPath, newPath, changed));
    }

    /**
     * Takes a rename back: the flow's id and file name and the other flows' references as they
     * were, saved at once. Refused (false) while a flow is open with unsaved edits.
     */
    boolean undo(Renamed renamed) {
        return remake(renamed, true);
    }

    /**
     * Makes a rename taken back again: the new id, file name and references, saved at once.
     * Refused (false) while a flow is open with unsaved edits.
     */
    boolean redo(Renamed renamed) {
        return remake(renamed, false);
    }

    /**
     * Takes a rename back ({@code undo}) or makes it again, saved at once, the open editors
     * following; refused while a flow has unsaved edits or when a file the rename changed was
     * changed on disk since (its text would be lost).
     */
    private boolean remake(Renamed renamed, boolean undo) {
        Shell shell = page.getWorkbenchWindow().getShell();
        List<String> dirty = openFlowEditors().stream().filter(FlowEditor::isDirty)
                .map(e -> e.diagram().file().getFileName().toString()).toList();
        if (!dirty.isEmpty()) {
            MessageDialog.openWarning(shell, Messages.RenameFlow_title, Messages.bind(Messages.RenameFlow_dirty, String.join(", ", dirty)));
            return false;
        }
        List<String> changedOnDisk = changedOnDisk(renamed.changed());
        if (!changedOnDisk.isEmpty()) {
            MessageDialog.openWarning(shell, Messages.RenameFlow_title,
                    Messages.bind(Messages.RenameFlow_changedOnDisk, String.join(", ", changedOnDisk)));
            return false;
        }
        if (undo) {
            renamed.edit().undo();
        } else {
            renamed.edit().redo();
        }
        List<Path> changed = renamed.flows().documents().stream().filter(FlowDocument::isDirty)
                .map(d -> d.path().toAbsolutePath().normalize()).toList();
        try {
            renamed.flows().save();
        } catch (IOException e) {
            LOG.warn("could not save the {} rename: {}", undo ? "undone" : "redone", e.toString());
            MessageDialog.openError(shell, Messages.RenameFlow_title, Messages.bind(Messages.RenameFlow_failed, e.getMessage()));
            return false;
        }
        if (undo) {
            followInEditors(renamed.newPath(), renamed.oldPath(), changed);
        } else {
            followInEditors(renamed.oldPath(), renamed.newPath(), changed);
        }
        return true;
    }

    /** The files of {@code documents} whose text on disk is no longer the text last saved from them. */
    static List<String> changedOnDisk(List<FlowDocument> documents) {
        List<String> changed = new ArrayList<>();
        for (FlowDocument document : documents) {
            try {
                if (!java.nio.file.Files.exists(document.path())
                        || !java.nio.file.Files.readString(document.path()).equals(document.text())) {
                    changed.add(document.path().getFileName().toString());
                }
            } catch (IOException e) {
                changed.add(document.path().getFileName().toString());
            }
        }
        return changed;
    }

    /** Open editors show the files as they now are: the renamed flow's editor is opened on its new file. */
    private void followInEditors(Path oldPath, Path newPath, List<Path> changed) {
        for (FlowEditor editor : openFlowEditors()) {
            Path shown = editor.diagram().file().toAbsolutePath().normalize();
            if (shown.equals(oldPath)) {
                page.closeEditor(editor, false);
                try {
                    EditorOpener.open(page, newPath);
                } catch (PartInitException e) {
                    LOG.warn("could not open {}: {}", newPath, e.getMessage());
                }
            } else if (changed.contains(shown)) {
                editor.reloadSaved();
            }
        }
    }

    private List<FlowEditor> openFlowEditors() {
        List<FlowEditor> editors = new ArrayList<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part instanceof FlowEditor editor) {
                editors.add(editor);
            }
        }
        return editors;
    }
}
