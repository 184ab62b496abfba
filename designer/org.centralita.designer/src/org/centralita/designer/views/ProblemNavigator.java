package org.centralita.designer.views;

import java.nio.file.Path;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.editor.FlowTextEditor;
import org.centralita.flows.validate.Problem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the analyst from a message to its place: the file's editor, the node selected in a
 * diagram, the line and column in a text editor (rule files, calendars, unreadable flows).
 */
final class ProblemNavigator {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemNavigator.class);

    private ProblemNavigator() {
    }

    static void reveal(IWorkbenchPage page, Problem problem) {
        try {
            IEditorPart editor = EditorOpener.open(page, Path.of(problem.position().file()));
            if (editor instanceof FlowEditor flowEditor && problem.node() != null) {
                flowEditor.select(problem.node());
            } else if (editor instanceof FlowTextEditor textEditor) {
                textEditor.goTo(problem.position().line(), problem.position().column());
            }
        } catch (PartInitException e) {
            LOG.warn("could not open {}: {}", problem.position().file(), e.getMessage());
        }
    }
}
