package org.centralita.designer.editor;

import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;

/** The flow editor's context menu: the test call breakpoint of the selected nodes. */
final class FlowContextMenu extends ContextMenuProvider {

    private final IAction breakpoint;

    FlowContextMenu(EditPartViewer viewer, IAction breakpoint) {
        super(viewer);
        this.breakpoint = breakpoint;
    }

    @Override
    public void buildContextMenu(IMenuManager menu) {
        GEFActionConstants.addStandardActionGroups(menu);
        menu.appendToGroup(GEFActionConstants.GROUP_REST, breakpoint);
    }
}
