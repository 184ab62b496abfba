package org.centralita.designer.app;

import org.centralita.designer.Messages;
import org.centralita.designer.wizards.NewFlowWizard;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The File, Edit and Runtime menus: new flow, save, undo, redo, copy, paste, delete, select all,
 * find, quit; publish, deployed versions, the calls overlay, the runtime's settings.
 */
final class StudioActionBarAdvisor extends ActionBarAdvisor {

    private IAction newFlow;
    private IWorkbenchAction save;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction delete;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction find;
    private IWorkbenchAction quit;
    private RuntimeMenu runtime;

    StudioActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        newFlow = NewFlowWizard.action(window);
        save = register(ActionFactory.SAVE.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        delete = register(ActionFactory.DELETE.create(window));
        selectAll = register(ActionFactory.SELECT_ALL.create(window));
        copy = register(ActionFactory.COPY.create(window));
        paste = register(ActionFactory.PASTE.create(window));
        find = register(ActionFactory.FIND.create(window));
        quit = register(ActionFactory.QUIT.create(window));
        runtime = new RuntimeMenu(window);
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.Menu_file, "file");
        file.add(newFlow);
        file.add(save);
        file.add(quit);
        MenuManager edit = new MenuManager(Messages.Menu_edit, "edit");
        edit.add(undo);
        edit.add(redo);
        edit.add(copy);
        edit.add(paste);
        edit.add(delete);
        edit.add(selectAll);
        edit.add(find);
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(runtime.create());
    }
}
