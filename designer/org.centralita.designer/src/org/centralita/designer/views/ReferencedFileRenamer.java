package org.centralita.designer.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.centralita.designer.Messages;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.flows.edit.FlowDocument;
import org.centralita.flows.edit.FlowEdit;
import org.centralita.flows.edit.FlowsDirectory;
import org.centralita.flows.edit.RenameRecording;
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
 * Renames a calendar ({@code calendars/ID.yaml}), a rules file ({@code rules/...}) or a recording
 * from the flows explorer and rewrites every flow that names it: a calendar's or rules file's
 * nodes are found by the registry's field kinds ({@link FieldKind#CALENDAR},
 * {@link FieldKind#RULES_FILE}), their values set with the editing API's {@link SetField}; a
 * recording's {@code audio:} segments, in every prompt, by {@link RenameRecording}. The file (for a
 * recording, each of its formats: {@code welcome.wav} and {@code welcome.gsm}) is moved and the
 * flows saved once the analyst confirms. The rename can be taken back (Edit > Undo in the explorer).
 */
final class ReferencedFileRenamer {

    private static final Logger LOG = LoggerFactory.getLogger(ReferencedFileRenamer.class);

    private final IWorkbenchPage page;
    private final Path directory;

    ReferencedFileRenamer(IWorkbenchPage page, Path directory) {
        this.page = page;
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The files flows name: by a node's field of its kind, or (a recording) in prompts' audio segments. */
    enum Kind {
        CALENDAR(FieldKind.CALENDAR), RULES_FILE(FieldKind.RULES_FILE), RECORDING(null);

        private final FieldKind field;

        Kind(FieldKind field) {
            this.field = field;
        }
    }

    /** What kind of reference names {@code file}, if flows name it at all. */
    Optional<Kind> kindOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (absolute.getParent().equals(directory.resolve("calendars")) && name.endsWith(".yaml")) {
            return Optional.of(Kind.CALENDAR);
        }
        if (absolute.startsWith(directory.resolve("rules"))) {
            return Optional.of(Kind.RULES_FILE);
        }
        if (absolute.startsWith(directory) && FlowsDirectoryContent.isRecording(absolute)) {
            return Optional.of(Kind.RECORDING);
        }
        return Optional.empty();
    }

    /**
     * How flows name {@code file}: a calendar by its id, a rules file by its path from the flows
     * directory, a recording by that path without its extension.
     */
    private String referenceOf(Kind kind, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String relative = directory.relativize(absolute).toString().replace('\\', '/');
        return switch (kind) {
            case CALENDAR -> stem(absolute.getFileName().toString());
            case RULES_FILE -> relative;
            case RECORDING -> stem(relative);
        };
    }

    private static String stem(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The edits that make the flows name {@code newRef} where they name {@code oldRef}. */
    private static List<FlowEdit> edits(Kind kind, FlowsDirectory flows, String oldRef, String newRef) {
        if (kind == Kind.RECORDING) {
            return List.of(new RenameRecording(flows, oldRef, newRef));
        }
        List<FlowEdit> edits = new ArrayList<>();
        for (FlowDocument document : flows.documents()) {
            for (FlowNode node : document.flow().nodes().values()) {
                for (FieldSpec field : node.type().map(t -> t.fields()).orElse(List.of())) {
                    if (field.kind() == kind.field && node.text(field.name()).filter(oldRef::equals).isPresent()) {
                        edits.add(new SetField(document, node.id(), List.of(field.name()), newRef));
                    }
                }
            }
        }
        return edits;
    }

    /**
     * The files a rename moves, each to its new name: the file; for a recording, each of its
     * formats beside it ({@code welcome.gsm} with {@code welcome.wav}).
     */
    private static Map<Path, Path> moves(Kind kind, Path file, Path newFile) {
        Map<Path, Path> moves = new LinkedHashMap<>();
        moves.put(file, newFile);
        if (kind == Kind.RECORDING) {
            String newStem = stem(newFile.getFileName().toString());
            for (Path format : formats(file)) {
                String name = format.getFileName().toString();
                moves.putIfAbsent(format, format.resolveSibling(newStem + name.substring(name.lastIndexOf('.'))));
            }
        }
        return moves;
    }

    /** The recordings beside {@code file} with its name in another format. */
    private static List<Path> formats(Path file) {
        String stem = stem(file.getFileName().toString());
        try (Stream<Path> siblings = Files.list(file.toAbsolutePath().getParent())) {
            return siblings.filter(p -> FlowsDirectoryContent.isRecording(p)
                    && stem(p.getFileName().toString()).equals(stem)).sorted().toList();
        } catch (IOException e) {
            return List.of(file);
        }
    }

    /** Asks for the new name, confirms, renames; the way to take it back, if renamed. */
    Optional<FlowsExplorerView.Undo> rename(Path file) {
        Shell shell = page.getWorkbenchWindow().getShell();
        Kind kind = kindOf(file).orElseThrow();
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
        List<FlowEdit> made = new ArrayList<>();
        for (FlowEdit edit : edits(kind, flows, oldRef, newRef)) {
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
        Map<Path, Path> moves = moves(kind, file, newFile);
        String files = moves.entrySet().stream().map(m -> "  " + m.getKey().getFileName() + " \u2192 " + m.getValue().getFileName())
                .collect(Collectors.joining("\n"))
                + changed.stream().map(d -> "\n  " + d.path().getFileName()).collect(Collectors.joining());
        if (!MessageDialog.openQuestion(shell, Messages.RenameFile_title,
                Messages.bind(Messages.RenameFile_confirm, new Object[] {oldName, newFile.getFileName(), files}))) {
            undo(made);
            return Optional.empty();
        }
        List<Path> changedPaths = changed.stream().map(d -> d.path().toAbsolutePath().normalize()).toList();
        if (!moveAndSave(shell, moves, flows)) {
            undo(made);
            return Optional.empty();
        }
        LOG.info("renamed {} to {}: {}", file, newFile, changedPaths);
        reloadEditors(changedPaths, file);
        String label = Messages.bind(Messages.RenameFile_label, oldName, newFile.getFileName());
        Map<Path, Path> back = new LinkedHashMap<>();
        moves.forEach((from, to) -> back.put(to, from));
        return Optional.of(new FlowsExplorerView.Undo(label,
                () -> remake(shell, changed, back, () -> undo(made), () -> redo(made), flows, changedPaths),
                () -> remake(shell, changed, moves, () -> redo(made), () -> undo(made), flows, changedPaths)));
    }

    /**
     * Takes a rename back or makes it again: the flows' references as {@code change} leaves them,
     * the files moved as {@code moves} says, saved at once; refused while a file is open with
     * unsaved edits, or when a file to move is gone or a flow changed on disk since.
     */
    private boolean remake(Shell shell, List<FlowDocument> changed, Map<Path, Path> moves, Runnable change, Runnable revert,
            FlowsDirectory flows, List<Path> changedPaths) {
        if (refuseWhileDirty(shell)) {
            return false;
        }
        List<String> changedOnDisk = new ArrayList<>(FlowRenamer.changedOnDisk(changed));
        moves.forEach((from, to) -> {
            if (!Files.exists(from) || Files.exists(to)) {
                changedOnDisk.add(0, from.getFileName().toString());
            }
        });
        if (!changedOnDisk.isEmpty()) {
            MessageDialog.openWarning(shell, Messages.RenameFile_title,
                    Messages.bind(Messages.RenameFlow_changedOnDisk, String.join(", ", changedOnDisk)));
            return false;
        }
        change.run();
        if (!moveAndSave(shell, moves, flows)) {
            revert.run();
            return false;
        }
        reloadEditors(changedPaths, moves.keySet().iterator().next());
        return true;
    }

    private String problem(Kind kind, Path file, String typed) {
        if (typed.equals(file.getFileName().toString())) {
            return "";
        }
        String extension = file.getFileName().toString().replaceAll("^.*(\\.[^.]+)$", "$1");
        String stem = typed.endsWith(extension) ? typed.substring(0, typed.length() - extension.length()) : "";
        boolean named = switch (kind) {
            case CALENDAR -> Names.isId(stem);
            case RULES_FILE -> stem.matches("[A-Za-z0-9][A-Za-z0-9._-]*");
            case RECORDING -> RenameRecording.isRecordingName(stem);
        };
        if (!named) {
            return Messages.bind(kind == Kind.RECORDING ? Messages.RenameFile_badRecordingName : Messages.RenameFile_badName,
                    typed, extension);
        }
        for (Path target : moves(kind, file, file.resolveSibling(typed)).values()) {
            if (Files.exists(target)) {
                return Messages.bind(Messages.NewFlow_exists, target.getFileName());
            }
        }
        return null;
    }

    private boolean moveAndSave(Shell shell, Map<Path, Path> moves, FlowsDirectory flows) {
        Map<Path, Path> moved = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, Path> move : moves.entrySet()) {
                Files.move(move.getKey(), move.getValue());
                moved.put(move.getValue(), move.getKey());
            }
            flows.save();
            return true;
        } catch (IOException e) {
            LOG.warn("could not rename {}: {}", moves, e.toString());
            moved.forEach((to, from) -> {
                try {
                    Files.move(to, from);
                } catch (IOException again) {
                    LOG.warn("could not move {} back to {}: {}", to, from, again.toString());
                }
            });
            MessageDialog.openError(shell, Messages.RenameFile_title, Messages.bind(Messages.RenameFlow_failed, e.getMessage()));
            return false;
        }
    }

    private static void redo(List<FlowEdit> made) {
        made.forEach(FlowEdit::redo);
    }

    private static void undo(List<FlowEdit> made) {
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
