package org.centralita.designer.app;

import org.centralita.designer.Messages;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.runtime.PeriodDialog;
import org.centralita.designer.runtime.RuntimePreferencePage;
import org.centralita.designer.views.RuntimeView;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.PreferencesUtil;

/** The Runtime menu: publish, the deployed versions, the calls overlay, the runtime's settings. */
final class RuntimeMenu {

    /** The menu's id (tests find it in the menu bar). */
    static final String ID = "runtime";

    private final IWorkbenchWindow window;
    private final Action showCalls;

    RuntimeMenu(IWorkbenchWindow window) {
        this.window = window;
        this.showCalls = new Action(Messages.Menu_showCalls, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                toggleCalls(isChecked());
            }
        };
        showCalls.setId("org.centralita.designer.showCalls");
    }

    MenuManager create() {
        MenuManager menu = new MenuManager(Messages.Menu_runtime, ID);
        menu.add(action("org.centralita.designer.publish", Messages.Menu_publish, () -> view().publish()));
        menu.add(action("org.centralita.designer.versions", Messages.Menu_versions, () -> view().refreshVersions()));
        menu.add(showCalls);
        menu.add(new Separator());
        menu.add(action("org.centralita.designer.runtimeSettings", Messages.Menu_settings, () ->
                PreferencesUtil.createPreferenceDialogOn(window.getShell(), RuntimePreferencePage.ID,
                        new String[] {RuntimePreferencePage.ID}, null).open()));
        return menu;
    }

    private static Action action(String id, String text, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setId(id);
        return action;
    }

    private RuntimeView view() {
        try {
            return RuntimeView.show(window.getActivePage());
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    private void toggleCalls(boolean on) {
        IWorkbenchPage page = window.getActivePage();
        if (!on) {
            for (IEditorReference reference : page.getEditorReferences()) {
                if (reference.getEditor(false) instanceof FlowEditor editor) {
                    editor.showCalls(null);
                }
            }
            return;
        }
        if (!(page.getActiveEditor() instanceof FlowEditor editor)) {
            showCalls.setChecked(false);
            view().say(Messages.Overlay_noFlow);
            return;
        }
        PeriodDialog dialog = new PeriodDialog(window.getShell());
        if (dialog.open() != Window.OK) {
            showCalls.setChecked(false);
            return;
        }
        view().showCalls(editor, dialog.period());
    }
}
