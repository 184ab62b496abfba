package org.centralita.designer.views;

import java.util.function.Consumer;
import org.centralita.designer.Messages;
import org.centralita.designer.model.ProblemBoard;
import org.centralita.flows.validate.Problem;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import java.util.function.Function;

/**
 * Every validation message of the flows directory, the open editors' unsaved edits included;
 * a double-click selects the node in its editor.
 */
public final class ProblemsView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.centralita.designer.problems";

    private TableViewer table;
    private final Consumer<ProblemBoard> refresher = board -> {
        if (table != null && !table.getControl().isDisposed()) {
            table.getControl().getDisplay().asyncExec(this::refresh);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        column(Messages.Problems_severity, 70, p -> p.severity().label());
        column(Messages.Problems_message, 520, Problem::message);
        column(Messages.Problems_node, 140, p -> p.node() == null ? "" : p.node());
        column(Messages.Problems_where, 300, p -> p.position().toString());
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addDoubleClickListener(e -> {
            Object selected = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (selected instanceof Problem problem) {
                ProblemNavigator.reveal(getSite().getPage(), problem);
            }
        });
        ProblemBoard.get().addListener(refresher);
        refresh();
    }

    private void column(String title, int width, Function<Problem, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Problem) element);
            }
        });
    }

    /** Shows the board as it is now. */
    public void refresh() {
        if (!table.getControl().isDisposed()) {
            table.setInput(ProblemBoard.get().all());
        }
    }

    /** The table, for tests. */
    public TableViewer table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ProblemBoard.get().removeListener(refresher);
        super.dispose();
    }
}
