package org.centralita.designer.views;

import java.nio.file.Path;
import org.centralita.designer.app.FlowsDirectory;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.Messages;
import org.centralita.designer.model.ProblemBoard;
import org.centralita.designer.wizards.NewFlowWizard;
import org.centralita.flows.model.FlowSet;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The flows explorer: the files of the flows directory; a double-click opens one. */
public final class FlowsExplorerView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.centralita.designer.explorer";
    private static final Logger LOG = LoggerFactory.getLogger(FlowsExplorerView.class);

    private TreeViewer tree;

    @Override
    public void createPartControl(Composite parent) {
        tree = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setContentProvider(new FlowsDirectoryContent());
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof FlowsDirectoryContent.Section section) {
                    return section.label() + " (" + section.files().size() + ")";
                }
                return element instanceof Path path ? path.getFileName().toString() : String.valueOf(element);
            }
        });
        tree.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        createContextMenu();
        getSite().setSelectionProvider(tree);
        refresh();
    }

    /** The explorer's menu: a new flow; rename the selected flow (its references in other flows follow). */
    private void createContextMenu() {
        IAction newFlow = NewFlowWizard.action(getSite().getWorkbenchWindow());
        IAction rename = new Action(Messages.RenameFlow_action) {
            @Override
            public void run() {
                Path file = selectedFlow();
                if (file != null && new FlowRenamer(getSite().getPage(), FlowsDirectory.current()).rename(file)) {
                    refresh();
                }
            }
        };
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            m.add(newFlow);
            rename.setEnabled(selectedFlow() != null);
            m.add(rename);
        });
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
    }

    /** The flow file selected in the tree, or null. */
    private Path selectedFlow() {
        Object selected = tree.getStructuredSelection().getFirstElement();
        return selected instanceof Path file && file.getFileName().toString().endsWith(FlowSet.FLOW_SUFFIX) ? file : null;
    }

    /** Lists the flows directory again and validates it as saved. */
    public void refresh() {
        Path directory = FlowsDirectory.current();
        tree.setInput(directory);
        tree.expandAll();
        ProblemBoard.get().validateDirectory(directory);
        Object[] sections = ((FlowsDirectoryContent) tree.getContentProvider()).getElements(directory);
        FlowsDirectoryContent.Section flows = (FlowsDirectoryContent.Section) sections[0];
        LOG.info("flows explorer lists {} flows of {}: {}", flows.files().size(), directory,
                flows.files().stream().map(p -> p.getFileName().toString()).toList());
    }

    /** Opens a file of the directory in its editor. */
    public void open(Object element) {
        if (!(element instanceof Path file)) {
            return;
        }
        try {
            EditorOpener.open(getSite().getPage(), file);
        } catch (PartInitException e) {
            LOG.warn("could not open {}: {}", file, e.getMessage());
        }
    }

    /** The tree, for tests. */
    public TreeViewer tree() {
        return tree;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }
}
