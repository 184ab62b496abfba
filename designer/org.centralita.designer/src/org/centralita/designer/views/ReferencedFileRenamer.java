package org.centralita.designer.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.centralita.designer.Messages;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.flows.edit.FlowDocument;
import org.centralita.flows.edit.FlowsDirectory;
import org.centralita.flows.edit.SetField;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.registry.FieldKind;
import org.centralita.flows.registry.FieldSpec;
import org.centralita.flows.validate.Names;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renames a calendar ({@code calendars/ID.yaml}) or a rules file ({@code rules/...}) from the
 * flows explorer and rewrites every node of every flow that names it: the nodes are found by the
 * registry's field kinds ({@link FieldKind#CALENDAR}, {@link FieldKind#RULES_FILE}), their values
 * set with the editing API's {@link SetField}; the file is moved and the flows saved once the
 * analyst confirms. The rename can be taken back (Edit > Undo in the explorer).
 */
final class ReferencedFileRenamer {

    private static final Logger LOG = LoggerFactory.getLogger(ReferencedFileRenamer.class);

    private final IWorkbenchPage page;
    private final Path directory;

    ReferencedFileRenamer(IWorkbenchPage page, Path directory) {
        this.page = page;
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** What kind of reference names {@code file}, if flows name it at all. */
    Optional<FieldKind> kindOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (absolute.getParent().equals(directory.resolve("calendars")) && name.endsWith(".yaml")) {
            return Optional.of(FieldKind.CALENDAR);
        }
        if (absolute.startsWith(directory.resolve("rules"))) {
            return Optional.of(FieldKind.RULES_FILE);
        }
        return Optional.empty();
    }

    /** How flows name {@code file}: a calendar by its id, a rules file by its path from the flows directory. */
    private String referenceOf(FieldKind kind, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (kind == FieldKind.CALENDAR) {
            String name = absolute.getFileName().toString();
            return name.substring(0, name.length() - ".yaml".length());
        }
        return directory.relativize(absolute).toString().replace('\\', '/');
    }

    /** Asks for the new name, confirms, renames; the way to take it back, if renamed. */
    Optional<FlowsExplorerView.Undo> rename(Path file) {
        Shell shell = page.getWorkbenchWindow().getShell();
        FieldKind kind = kindOf(file).orElseThrow();
        if (refuseWhileDirty(shell)) {
            return Optional.empty();
        }
        String oldRef = referenceOf(kind, file);
        String oldName = file.getFileName().toString();
        InputDialog ask = new InputDialog(shell, Messages.RenameFile_title, Messages.bind(Messages.RenameFile_prompt, oldName), oldName,
                typed -> problem(kind, file, typed.strip()));
        if (ask.open() != Window.OK) {
            return Optional.empty();
        }
        Path newFile = file.resolveSibling(ask.getValue().strip());
        String newRef = referenceOf(kind, newFile);
        FlowsDirectory flows = FlowsDirectory.open(directory);
        List<SetField> edits = new ArrayList<>();
        for (FlowDocument document : flows.documents()) {
            for (FlowNode node : document.flow().nodes().values()) {
                for (FieldSpec field : node.type().map(t -> t.fields()).orElse(List.of())) {
                    if (field.kind() == kind && node.text(field.name()).filter(oldRef::equals).isPresent()) {
                        edits.add(new SetField(document, node.id(), List.of(field.name()), newRef));
                    }
                }
            }
        }
        List<SetField> made = new ArrayList<>();
        for (SetField edit : edits) {
            Optional<String> refusal = edit.refusal();
            if (refusal.isPresent()) {
                undo(made);
                MessageDialog.openError(shell, Messages.RenameFile_title, Messages.bind(Messages.RenameFlow_failed, refusal.get()));
                return Optional.empty();
            }
            edit.apply();
            made.add(edit);
        }
        List<FlowDocument> changed = flows.documents().stream().filter(FlowDocument::isDirty).toList();
        String files = "  " + oldName + " \u2192 " + newFile.getFileName()
                + changed.stream().map(d -> "\n  " + d.path().getFileName()).collect(Collectors.joining());
        if (!MessageDialog.openQuestion(shell, Messages.RenameFile_title,
                Messages.bind(Messages.RenameFile_confirm, new Object[] {oldName, newFile.getFileName(), files}))) {
            undo(made);
            return Optional.empty();
        }
        List<Path> changedPaths = changed.stream().map(d -> d.path().toAbsolutePath().normalize()).toList();
        if (!moveAndSave(shell, file, newFile, flows)) {
            undo(made);
            return Optional.empty();
        }
        LOG.info("renamed {} to {}: {}", file, newFile, changedPaths);
        reloadEditors(changedPaths, file);
        String label = Messages.bind(Messages.RenameFile_label, oldName, newFile.getFileName());
        return Optional.of(new FlowsExplorerView.Undo(label,
                () -> remake(shell, changed, newFile, file, () -> undo(made), () -> redo(made), flows, changedPaths),
                () -> remake(shell, changed, file, newFile, () -> redo(made), () -> undo(made), flows, changedPaths)));
    }

    /**
     * Takes a rename back or makes it again: the flows' references as {@code change} leaves them,
     * the file moved from {@code from} to {@code to}, saved at once; refused while a file is open
     * with unsaved edits, or when {@code from} is gone or a flow changed on disk since.
     */
    private boolean remake(Shell shell, List<FlowDocument> changed, Path from, Path to, Runnable change, Runnable revert,
            FlowsDirectory flows, List<Path> changedPaths) {
        if (refuseWhileDirty(shell)) {
            return false;
        }
        List<String> changedOnDisk = new ArrayList<>(FlowRenamer.changedOnDisk(changed));
        if (!Files.exists(from) || Files.exists(to)) {
            changedOnDisk.add(0, from.getFileName().toString());
        }
        if (!changedOnDisk.isEmpty()) {
            MessageDialog.openWarning(shell, Messages.RenameFile_title,
                    Messages.bind(Messages.RenameFlow_changedOnDisk, String.join(", ", changedOnDisk)));
            return false;
        }
        change.run();
        if (!moveAndSave(shell, from, to, flows)) {
            revert.run();
            return false;
        }
        reloadEditors(changedPaths, from);
        return true;
    }

    private String problem(FieldKind kind, Path file, String typed) {
        if (typed.equals(file.getFileName().toString())) {
            return "";
        }
        String extension = file.getFileName().toString().replaceAll("^.*(\\.[^.]+)$", "$1");
        String stem = typed.endsWith(extension) ? typed.substring(0, typed.length() - extension.length()) : "";
        boolean named = kind == FieldKind.CALENDAR ? Names.isId(stem) : stem.matches("[A-Za-z0-9][A-Za-z0-9._-]*");
        if (!named) {
            return Messages.bind(Messages.RenameFile_badName, typed, extension);
        }
        if (Files.exists(file.resolveSibling(typed))) {
            return Messages.bind(Messages.NewFlow_exists, typed);
        }
        return null;
    }

    private boolean moveAndSave(Shell shell, Path from, Path to, FlowsDirectory flows) {
        try {
            Files.move(from, to);
            flows.save();
            return true;
        } catch (IOException e) {
            LOG.warn("could not rename {} to {}: {}", from, to, e.toString());
            MessageDialog.openError(shell, Messages.RenameFile_title, Messages.bind(Messages.RenameFlow_failed, e.getMessage()));
            return false;
        }
    }

    private static void redo(List<SetField> made) {
        made.forEach(SetField::redo);
    }

    private static void undo(List<SetField> made) {
        for (int i = made.size() - 1; i >= 0; i--) {
            made.get(i).undo();
        }
    }

    private boolean refuseWhileDirty(Shell shell) {
        List<String> dirty = new ArrayList<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            if (reference.isDirty()) {
                dirty.add(reference.getName());
            }
        }
        if (!dirty.isEmpty()) {
            MessageDialog.openWarning(shell, Messages.RenameFile_title, Messages.bind(Messages.RenameFlow_dirty, String.join(", ", dirty)));
            return true;
        }
        return false;
    }

    /** Open flow editors of the changed flows show their new text; an editor of the moved file is closed. */
    private void reloadEditors(List<Path> changed, Path moved) {
        for (IEditorReference reference : page.getEditorReferences()) {
            if (reference.getEditor(false) instanceof FlowEditor editor) {
                if (changed.contains(editor.diagram().file().toAbsolutePath().normalize())) {
                    editor.reloadSaved();
                }
            } else if (reference.getEditor(false) != null && moved.getFileName().toString().equals(reference.getName())) {
                page.closeEditor(reference.getEditor(false), false);
            }
        }
    }
}
