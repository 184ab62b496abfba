package org.centralita.designer.views;

import java.nio.file.Path;
import java.util.Optional;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.editor.FlowTextEditor;
import org.centralita.designer.properties.NodePropertiesPage;
import org.centralita.flows.model.Flow;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.validate.ProblemFields;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.PropertySheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the analyst from a message to its place: the file's editor; in a diagram the node
 * selected and, when the message is about one of its fields, that field's box in the properties
 * view given the focus; in a text editor (rule files, calendars, unreadable flows) the line and
 * column.
 */
final class ProblemNavigator {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemNavigator.class);

    private ProblemNavigator() {
    }

    static void reveal(IWorkbenchPage page, Problem problem) {
        try {
            IEditorPart editor = EditorOpener.open(page, Path.of(problem.position().file()));
            if (editor instanceof FlowEditor flowEditor && problem.node() != null) {
                Flow flow = flowEditor.diagram().flow();
                Optional<String> field = ProblemFields.of(problem, flow);
                IViewPart sheet = field.isPresent() ? page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE) : null;
                page.activate(flowEditor);
                flowEditor.select(problem.node());
                // the properties view follows the selection once the workbench passes it on
                field.ifPresent(name -> Display.getCurrent().asyncExec(() -> focusField(page, sheet, problem.node(), name, flow)));
            } else if (editor instanceof FlowTextEditor textEditor) {
                textEditor.goTo(problem.position().line(), problem.position().column());
            }
        } catch (PartInitException e) {
            LOG.warn("could not open {}: {}", problem.position().file(), e.getMessage());
        }
    }

    /** Gives the focus to the box of {@code field} (an outcome's target, a prompt's first language) in the node's form. */
    private static void focusField(IWorkbenchPage page, IViewPart sheet, String node, String field, Flow flow) {
        if (sheet instanceof PropertySheet properties && properties.getCurrentPage() instanceof NodePropertiesPage form
                && node.equals(form.nodeId())) {
            // the properties view active first: activating it later would give its first box the focus
            page.activate(sheet);
            form.control(field).or(() -> form.control("outcome/" + field))
                    .or(() -> form.control(field + "/" + flow.defaultLanguage()))
                    .filter(c -> !c.isDisposed()).ifPresent(Control::setFocus);
        }
    }
}
