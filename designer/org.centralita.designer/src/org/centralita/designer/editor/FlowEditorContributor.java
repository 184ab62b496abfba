package org.centralita.designer.editor;

import org.centralita.designer.Messages;
import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The flow editors' share of the menus: Edit's undo, redo, delete, select all, copy, paste and
 * find go to the active flow editor; the Diagram menu zooms, fits, finds and lays out (the keys
 * are the commands' bindings in plugin.xml).
 */
public final class FlowEditorContributor extends ActionBarContributor {

    @Override
    protected void buildActions() {
        // the editor's own actions answer the workbench's global actions (declareGlobalActionKeys)
    }

    @Override
    protected void declareGlobalActionKeys() {
        addGlobalActionKey(ActionFactory.UNDO.getId());
        addGlobalActionKey(ActionFactory.REDO.getId());
        addGlobalActionKey(ActionFactory.DELETE.getId());
        addGlobalActionKey(ActionFactory.SELECT_ALL.getId());
        addGlobalActionKey(ActionFactory.COPY.getId());
        addGlobalActionKey(ActionFactory.PASTE.getId());
        addGlobalActionKey(ActionFactory.FIND.getId());
    }

    @Override
    public void contributeToMenu(IMenuManager menuBar) {
        MenuManager diagram = new MenuManager(Messages.Menu_diagram, "diagram");
        diagram.add(item(GEFActionConstants.ZOOM_IN, Messages.Action_zoomIn));
        diagram.add(item(GEFActionConstants.ZOOM_OUT, Messages.Action_zoomOut));
        diagram.add(item(DiagramActions.ZOOM_FIT, Messages.Action_zoomFit));
        diagram.add(new Separator());
        diagram.add(item("org.eclipse.ui.edit.findReplace", Messages.Find_action));
        diagram.add(item(DiagramActions.LAYOUT, Messages.Action_layout));
        menuBar.insertAfter("edit", diagram);
    }

    private CommandContributionItem item(String commandId, String label) {
        CommandContributionItemParameter parameter = new CommandContributionItemParameter(getPage().getWorkbenchWindow(),
                commandId, commandId, CommandContributionItem.STYLE_PUSH);
        parameter.label = label;
        return new CommandContributionItem(parameter);
    }
}
