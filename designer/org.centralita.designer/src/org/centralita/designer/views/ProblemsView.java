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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import java.util.function.Function;

/**
 * Every validation message of the flows directory, the open editors' unsaved edits included;
 * a double-click selects the node in its editor, or the line in the text editor.
 */
public final class ProblemsView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.centralita.designer.problems";

    private TableViewer table;
    private Label status;
    private final Consumer<ProblemBoard> refresher = board -> {
        if (table != null && !table.getControl().isDisposed()) {
            table.getControl().getDisplay().asyncExec(this::refresh);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
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
            String said = ProblemBoard.get().status();
            status.setText(said);
            ((GridData) status.getLayoutData()).exclude = said.isEmpty();
            status.setVisible(!said.isEmpty());
            status.getParent().layout();
        }
    }

    /** What the view says above the messages (the runtime checking, or why it could not), for tests. */
    public String statusText() {
        return status.getText();
    }

    /** Takes the analyst to a message's place, as a double-click on its row does. */
    public void reveal(Problem problem) {
        ProblemNavigator.reveal(getSite().getPage(), problem);
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
