package org.centralita.designer.views;

import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.centralita.designer.app.FlowsDirectory;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.Messages;
import org.centralita.designer.model.ProblemBoard;
import org.centralita.designer.testcall.WavPlayer;
import org.centralita.designer.wizards.NewFlowWizard;
import org.centralita.flows.model.FlowSet;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The flows explorer: the files of the flows directory; a double-click opens one. */
public final class FlowsExplorerView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.centralita.designer.explorer";
    private static final Logger LOG = LoggerFactory.getLogger(FlowsExplorerView.class);

    private TreeViewer tree;
    private final WavPlayer player = new WavPlayer();
    private String status;
    /** The rename Edit > Undo takes back, or null. */
    private Undo lastRename;
    /** The rename Edit > Redo makes again (the last one undone), or null. */
    private Undo undoneRename;

    /**
     * A rename made from the explorer and how to take it back and make it again.
     *
     * @param label what Edit > Undo and Redo name ("Rename flow 'a' to 'b'")
     * @param undo takes the rename back; false when it could not (and said why)
     * @param redo makes the rename again after its undo; false when it could not (and said why)
     */
    record Undo(String label, java.util.function.BooleanSupplier undo, java.util.function.BooleanSupplier redo) {
    }

    /** Edit > Undo while the explorer is active: takes the last rename back. */
    private final IAction undoRename = renameHistory(true);
    /** Edit > Redo while the explorer is active: makes the rename undone last again. */
    private final IAction redoRename = renameHistory(false);

    /** The action of Edit > Undo ({@code undo}) or Edit > Redo for the explorer's renames. */
    private IAction renameHistory(boolean undo) {
        return new Action() {
            @Override
            public void run() {
                Undo rename = undo ? lastRename : undoneRename;
                if (rename != null && (undo ? rename.undo() : rename.redo()).getAsBoolean()) {
                    lastRename = undo ? null : rename;
                    undoneRename = undo ? rename : null;
                    showUndoRedo();
                    refresh();
                }
            }
        };
    }

    @Override
    public void createPartControl(Composite parent) {
        tree = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setContentProvider(new FlowsDirectoryContent());
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof FlowsDirectoryContent.Section section) {
                    return section.label() + " (" + section.files().size() + ")";
                }
                return element instanceof Path path ? FlowsDirectoryContent.nameOf(FlowsDirectory.current(), path) : String.valueOf(element);
            }
        });
        tree.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        createContextMenu();
        getSite().setSelectionProvider(tree);
        refresh();
    }

    /** The explorer's menu: a new flow; rename the selected flow, calendar or rules file (the flows naming it follow). */
    private void createContextMenu() {
        IAction newFlow = NewFlowWizard.action(getSite().getWorkbenchWindow());
        IAction rename = new Action(Messages.RenameFlow_action) {
            @Override
            public void run() {
                Path file = selectedFlow();
                if (file != null) {
                    FlowRenamer renamer = new FlowRenamer(getSite().getPage(), FlowsDirectory.current());
                    renamer.rename(file).ifPresent(done -> renamed(new Undo(done.label(), () -> renamer.undo(done),
                            () -> renamer.redo(done))));
                }
            }
        };
        IAction renameFile = new Action(Messages.RenameFile_action) {
            @Override
            public void run() {
                Path file = selectedReferencedFile();
                if (file != null) {
                    new ReferencedFileRenamer(getSite().getPage(), FlowsDirectory.current()).rename(file).ifPresent(FlowsExplorerView.this::renamed);
                }
            }
        };
        showUndoRedo();
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undoRename);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redoRename);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            m.add(newFlow);
            if (selectedReferencedFile() != null) {
                m.add(renameFile);
            } else {
                rename.setEnabled(selectedFlow() != null);
                m.add(rename);
            }
        });
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
    }

    private void renamed(Undo undo) {
        lastRename = undo;
        undoneRename = null;
        showUndoRedo();
        refresh();
    }

    /** Edit > Undo and Redo name the renames they would take back or make again, or are off. */
    private void showUndoRedo() {
        undoRename.setText(lastRename == null ? Messages.RenameFlow_undoNothing : Messages.bind(Messages.RenameFlow_undo, lastRename.label()));
        undoRename.setEnabled(lastRename != null);
        redoRename.setText(undoneRename == null ? Messages.RenameFlow_redoNothing
                : Messages.bind(Messages.RenameFlow_redo, undoneRename.label()));
        redoRename.setEnabled(undoneRename != null);
    }

    /** The calendar or rules file selected in the tree, or null. */
    private Path selectedReferencedFile() {
        Object selected = tree.getStructuredSelection().getFirstElement();
        return selected instanceof Path file
                && new ReferencedFileRenamer(getSite().getPage(), FlowsDirectory.current()).kindOf(file).isPresent() ? file : null;
    }

    /** The flow file selected in the tree, or null. */
    private Path selectedFlow() {
        Object selected = tree.getStructuredSelection().getFirstElement();
        return selected instanceof Path file && file.getFileName().toString().endsWith(FlowSet.FLOW_SUFFIX) ? file : null;
    }

    /** Lists the flows directory again and validates it as saved. */
    public void refresh() {
        Path directory = FlowsDirectory.current();
        tree.setInput(directory);
        tree.expandAll();
        ProblemBoard.get().validateDirectory(directory);
        Object[] sections = ((FlowsDirectoryContent) tree.getContentProvider()).getElements(directory);
        FlowsDirectoryContent.Section flows = (FlowsDirectoryContent.Section) sections[0];
        LOG.info("flows explorer lists {} flows of {}: {}", flows.files().size(), directory,
                flows.files().stream().map(p -> p.getFileName().toString()).toList());
    }

    /**
     * Opens a file of the directory in its editor: a flow in the diagram, a calendar or a rules
     * file in the text editor; a recording is played instead (never opened as text), what it is
     * said in the status line.
     */
    public void open(Object element) {
        if (!(element instanceof Path file)) {
            return;
        }
        if (FlowsDirectoryContent.isRecording(file)) {
            play(file);
            return;
        }
        try {
            EditorOpener.open(getSite().getPage(), file);
        } catch (PartInitException e) {
            LOG.warn("could not open {}: {}", file, e.getMessage());
        }
    }

    /** Plays a recording (where there is an audio device) and says what it is, or why it cannot be played. */
    private void play(Path file) {
        String name = FlowsDirectoryContent.nameOf(FlowsDirectory.current(), file);
        try {
            AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
            float rate = format.getFormat().getFrameRate();
            String seconds = String.format(java.util.Locale.ROOT, "%.1f", format.getFrameLength() / rate);
            status = Messages.bind(Messages.Explorer_playing, new Object[] {name, seconds, Math.round(rate)});
            player.play(java.util.List.of(file));
        } catch (UnsupportedAudioFileException | java.io.IOException e) {
            LOG.info("cannot play {}: {}", file, e.toString());
            status = Messages.bind(Messages.Explorer_cannotPlay, name);
        }
        getViewSite().getActionBars().getStatusLineManager().setMessage(status);
    }

    /** What the explorer said last in the status line (a recording played), or null. */
    public String status() {
        return status;
    }

    @Override
    public void dispose() {
        player.dispose();
        super.dispose();
    }

    /** The tree, for tests. */
    public TreeViewer tree() {
        return tree;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }
}
