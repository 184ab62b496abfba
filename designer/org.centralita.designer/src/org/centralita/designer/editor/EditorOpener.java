package org.centralita.designer.editor;

import java.nio.file.Path;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.yaml.FlowReadException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Opens a file of the flows directory in the right editor: a readable flow in the diagram, a
 * flow that cannot be read (a YAML error) and every other file in the text editor, with the
 * reason marked at its line.
 */
public final class EditorOpener {

    private EditorOpener() {
    }

    public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
        FlowFileInput input = new FlowFileInput(file);
        if (file.getFileName().toString().endsWith(FlowSet.FLOW_SUFFIX)) {
            try {
                // read once: the editor takes this diagram rather than reading the file again
                return page.openEditor(new FlowFileInput(FlowDiagram.open(input.file())), FlowEditor.ID);
            } catch (FlowReadException e) {
                return page.openEditor(new FlowFileInput(file, e), FlowTextEditor.ID);
            }
        }
        return page.openEditor(input, FlowTextEditor.ID);
    }
}
