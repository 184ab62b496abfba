package org.centralita.designer.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.centralita.designer.Messages;
import org.centralita.designer.app.FlowsDirectory;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.model.NewFlow;
import org.centralita.designer.views.FlowsExplorerView;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > New flow (and the flows explorer's menu): asks for the id, a name and the first
 * language, writes {@code ID.flow.yaml} in the flows directory and opens it.
 */
public final class NewFlowWizard extends Wizard {

    private static final Logger LOG = LoggerFactory.getLogger(NewFlowWizard.class);

    private final Path directory;
    private NewFlowPage page;
    private Path created;

    public NewFlowWizard(Path directory) {
        this.directory = directory;
        setWindowTitle(Messages.NewFlow_title);
    }

    /** The action that opens the wizard in a window. */
    public static IAction action(IWorkbenchWindow window) {
        Action action = new Action(Messages.NewFlow_action) {
            @Override
            public void run() {
                open(window);
            }
        };
        action.setId("org.centralita.designer.newFlow");
        return action;
    }

    /** Opens the wizard; once finished, lists the new flow in the explorer and opens it. */
    public static Optional<Path> open(IWorkbenchWindow window) {
        NewFlowWizard wizard = new NewFlowWizard(FlowsDirectory.current());
        if (new WizardDialog(window.getShell(), wizard).open() != Window.OK || wizard.created == null) {
            return Optional.empty();
        }
        IWorkbenchPage page = window.getActivePage();
        if (page.findView(FlowsExplorerView.ID) instanceof FlowsExplorerView explorer) {
            explorer.refresh();
        }
        try {
            EditorOpener.open(page, wizard.created);
        } catch (PartInitException e) {
            LOG.warn("could not open the new flow {}: {}", wizard.created, e.getMessage());
        }
        return Optional.of(wizard.created);
    }

    @Override
    public void addPages() {
        page = new NewFlowPage(directory);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        try {
            created = NewFlow.create(directory, page.id(), page.flowName(), page.language());
            return true;
        } catch (IOException | IllegalArgumentException e) {
            page.setErrorMessage(Messages.bind(Messages.NewFlow_failed, e.getMessage()));
            return false;
        }
    }

    /** The file written, once finished. */
    public Path created() {
        return created;
    }
}
