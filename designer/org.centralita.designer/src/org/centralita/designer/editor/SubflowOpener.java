package org.centralita.designer.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.centralita.designer.Messages;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.flows.model.FlowSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Opens the flow a subflow node runs, from the directory of the flow that calls it. */
public final class SubflowOpener {

    private SubflowOpener() {
    }

    /** The file of flow {@code flowId} in the directory of {@code caller}, when there is one. */
    public static Optional<Path> fileOf(FlowDiagram caller, String flowId) {
        Path directory = caller.file().toAbsolutePath().getParent();
        return FlowSet.load(List.of(directory)).flow(flowId).map(flow -> Path.of(flow.file()));
    }

    /** Opens the called flow in its editor, or says that the directory has no such flow. */
    public static void open(FlowDiagram caller, String flowId) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Optional<Path> file = fileOf(caller, flowId);
        try {
            if (file.isPresent()) {
                EditorOpener.open(window.getActivePage(), file.get());
                return;
            }
            MessageDialog.openInformation(window.getShell(), Messages.Subflow_title,
                    Messages.bind(Messages.Subflow_missing, flowId));
        } catch (PartInitException e) {
            MessageDialog.openWarning(window.getShell(), Messages.Subflow_title,
                    Messages.bind(Messages.Subflow_unopened, flowId, e.getMessage()));
        }
    }
}
