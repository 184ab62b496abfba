package org.centralita.designer.testcall;

import java.util.List;
import org.centralita.designer.Messages;
import org.centralita.designer.editor.FlowEditor;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.action.Action;

/** The flow editor's context menu item that sets or clears a test call breakpoint on the selected nodes. */
public final class BreakpointAction extends Action {

    private final FlowEditor editor;

    public BreakpointAction(FlowEditor editor) {
        super(Messages.TestCall_toggleBreakpoint);
        this.editor = editor;
        setId("org.centralita.designer.toggleBreakpoint");
    }

    @Override
    public boolean isEnabled() {
        return !editor.selectedNodeIds().isEmpty();
    }

    @Override
    public void run() {
        List<String> nodes = editor.selectedNodeIds();
        for (String node : nodes) {
            Breakpoints.toggle(editor.diagram().file(), node);
            EditPart part = editor.partOf(node);
            if (part != null) {
                part.refresh();
            }
        }
    }
}
