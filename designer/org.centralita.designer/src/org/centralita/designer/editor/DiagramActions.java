package org.centralita.designer.editor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.centralita.designer.Messages;
import org.centralita.designer.commands.CopiedNodes;
import org.centralita.designer.commands.FlowEditCommand;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.Clipboard;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The flow editor's own actions, each the handler of a workbench command (its key): copy and
 * paste nodes (Ctrl+C, Ctrl+V), find a node (Ctrl+F), zoom to fit (Ctrl+0) and lay out the flow
 * (Ctrl+Shift+O).
 */
final class DiagramActions {

    /** The command ids of zoom to fit and lay out; their keys are in plugin.xml. */
    static final String ZOOM_FIT = "org.centralita.designer.zoomFit";
    static final String LAYOUT = "org.centralita.designer.layout";
    private static final int PASTE_STEP = 30;

    private final FlowEditor editor;
    private CopiedNodes lastPasted;
    private int pastes;
    private String lastSearch = "";

    DiagramActions(FlowEditor editor) {
        this.editor = editor;
    }

    /** The actions that need no viewer yet (the editor registers them when it starts). */
    List<IAction> editing() {
        return List.of(
                action(ActionFactory.COPY.getId(), "org.eclipse.ui.edit.copy", Messages.Action_copy, this::copy),
                action(ActionFactory.PASTE.getId(), "org.eclipse.ui.edit.paste", Messages.Action_paste, this::paste),
                action(ActionFactory.FIND.getId(), "org.eclipse.ui.edit.findReplace", Messages.Find_action, this::find),
                action(LAYOUT, LAYOUT, Messages.Action_layout, this::layout));
    }

    /** Zoom to fit: the whole flow in the window, never larger than its natural size. */
    IAction zoomFit(ZoomManager zoom) {
        return action(ZOOM_FIT, ZOOM_FIT, Messages.Action_zoomFit, () -> {
            zoom.setZoomAsText(ZoomManager.FIT_ALL);
            if (zoom.getZoom() > 1.0) {
                zoom.setZoom(1.0);
            }
        });
    }

    private static IAction action(String id, String commandId, String label, Runnable run) {
        Action action = new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setId(id);
        action.setActionDefinitionId(commandId);
        return action;
    }

    /** The selected nodes (values, places, outcomes) onto GEF's clipboard. */
    private void copy() {
        List<String> ids = editor.selectedNodeIds();
        if (!ids.isEmpty()) {
            Clipboard.getDefault().setContents(editor.commands().copy(ids));
        }
    }

    /**
     * The copied nodes as one undoable command (fresh ids, outcomes between them kept, others
     * left unconnected), each paste of the same copy a step further down and right; the pasted
     * nodes become the selection.
     */
    private void paste() {
        if (!(Clipboard.getDefault().getContents() instanceof CopiedNodes copied) || copied.nodes().isEmpty()) {
            return;
        }
        pastes = copied == lastPasted ? pastes + 1 : 1;
        lastPasted = copied;
        FlowEditCommand paste = editor.commands().paste(copied, PASTE_STEP * pastes, PASTE_STEP * pastes);
        if (!paste.canExecute()) {
            editor.tell(Messages.Action_paste, paste.refusal().orElse(""));
            return;
        }
        Set<String> before = new HashSet<>(editor.diagram().flow().nodes().keySet());
        editor.commandStack().execute(paste);
        editor.selectNodes(editor.diagram().flow().nodes().keySet().stream().filter(id -> !before.contains(id)).toList());
    }

    /** Asks for a node id or words of a prompt; selects what is found, or says nothing was. */
    private void find() {
        InputDialog ask = new InputDialog(editor.getSite().getShell(), Messages.Find_title, Messages.Find_question, lastSearch, null);
        if (ask.open() != Window.OK) {
            return;
        }
        lastSearch = ask.getValue();
        if (editor.find(lastSearch).isEmpty()) {
            editor.tell(Messages.Find_title, Messages.bind(Messages.Find_none, lastSearch));
        }
    }

    /** ELK over the whole flow, one undoable command that rewrites the layout lines. */
    private void layout() {
        FlowEditCommand layout = editor.commands().layout();
        if (layout.canExecute()) {
            editor.commandStack().execute(layout);
        } else {
            editor.tell(Messages.Action_layout, layout.refusal().orElse(""));
        }
    }
}
