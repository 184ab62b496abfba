package org.centralita.designer.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.centralita.designer.layout.DiagramLayout;
import org.centralita.designer.model.DiagramNode;
import org.centralita.designer.model.DiagramProblems;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.designer.model.Port;
import org.centralita.designer.model.Ports;
import org.centralita.designer.model.ProblemBoard;
import org.centralita.designer.parts.FlowPartFactory;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.yaml.FlowReadException;
import org.centralita.designer.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The graphical editor of one flow file: the diagram, its palette, its command stack. */
public final class FlowEditor extends GraphicalEditorWithFlyoutPalette {

    /** The editor's id in plugin.xml. */
    public static final String ID = "org.centralita.designer.flowEditor";
    private static final Logger LOG = LoggerFactory.getLogger(FlowEditor.class);

    private FlowDiagram diagram;
    private final DiskWatch disk = new DiskWatch();
    private final FlowDiagram.Listener problemsFeed = d -> ProblemBoard.get().put(d.flow().file(), DiagramProblems.of(d));

    public FlowEditor() {
        setEditDomain(new DefaultEditDomain(this));
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof FlowFileInput file)) {
            throw new PartInitException("Centralita opens flow files only, not " + input.getName());
        }
        try {
            diagram = FlowDiagram.open(file.file());
        } catch (FlowReadException e) {
            throw new PartInitException(e.getMessage());
        }
        super.init(site, input);
        disk.remember(file.file());
        setPartName(file.getName());
        diagram.addListener(problemsFeed);
        problemsFeed.flowChanged(diagram);
    }

    /** The flow shown, with its current text. */
    public FlowDiagram diagram() {
        return diagram;
    }

    /** The command stack every edit of this editor goes through. */
    public CommandStack commandStack() {
        return getCommandStack();
    }

    /** The viewer, for the views that follow the editor and for tests. */
    public GraphicalViewer viewer() {
        return getGraphicalViewer();
    }

    /** The edit part drawing a node, or null when the flow has no such node. */
    public EditPart partOf(String nodeId) {
        return (EditPart) getGraphicalViewer().getEditPartRegistry().get(new DiagramNode(diagram, nodeId));
    }

    /** Selects a node and scrolls it into view (from the problems view, find a node). */
    public void select(String nodeId) {
        EditPart part = partOf(nodeId);
        if (part != null) {
            getGraphicalViewer().select(part);
            getGraphicalViewer().reveal(part);
        }
    }

    @Override
    protected PaletteRoot getPaletteRoot() {
        return FlowPalette.create();
    }

    @Override
    protected FlyoutPreferences getPalettePreferences() {
        return new PaletteSettings();
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        viewer.setRootEditPart(new ScalableFreeformRootEditPart());
        viewer.setEditPartFactory(new FlowPartFactory());
    }

    @Override
    protected void initializeGraphicalViewer() {
        if (diagram.needsLayout()) {
            diagram.setComputedPlaces(DiagramLayout.ofUnplaced(diagram));
        }
        getGraphicalViewer().setContents(diagram);
    }

    @Override
    public void commandStackChanged(java.util.EventObject event) {
        firePropertyChange(PROP_DIRTY);
        super.commandStackChanged(event);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        List<String> dangling = danglingOutcomes();
        if (!dangling.isEmpty() && !saveAnyway(dangling)) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        try {
            diagram.document().save();
            disk.remember(diagram.file());
            getCommandStack().markSaveLocation();
            ProblemBoard.get().revalidate();
        } catch (IOException e) {
            LOG.warn("could not save {}: {}", diagram.file(), e.toString());
            MessageDialog.openError(getSite().getShell(), "Centralita",
                    "Could not save " + diagram.file() + ": " + e.getMessage());
        }
    }

    /**
     * The required outcomes that lead nowhere (not connected, or to a node the flow does not
     * have), as {@code node: outcome}.
     */
    public List<String> danglingOutcomes() {
        List<String> dangling = new ArrayList<>();
        for (FlowNode node : diagram.flow().nodes().values()) {
            for (Port port : Ports.of(node)) {
                if (port.required() && (!port.connected() || diagram.flow().node(port.target()).isEmpty())) {
                    dangling.add(node.id() + ": " + port.name());
                }
            }
        }
        return dangling;
    }

    /** Asks whether to save a flow with dangling required outcomes: true for "Save anyway". */
    private boolean saveAnyway(List<String> dangling) {
        MessageDialog question = new MessageDialog(getSite().getShell(), Messages.Save_danglingTitle, null,
                Messages.bind(Messages.Save_danglingQuestion, diagram.file().getFileName(), String.join("\n", dangling)),
                MessageDialog.WARNING, 1, Messages.Save_anyway, Messages.Save_cancel);
        return question.open() == 0;
    }

    @Override
    public void setFocus() {
        super.setFocus();
        getSite().getShell().getDisplay().asyncExec(this::checkDisk);
    }

    /**
     * When the file changed on disk since it was opened or saved, asks whether to load it again;
     * yes replaces the diagram (and forgets the undo history), no keeps the edits on screen.
     */
    public void checkDisk() {
        if (diagram == null || getGraphicalViewer() == null || !disk.changed(diagram.file())) {
            return;
        }
        disk.remember(diagram.file());
        boolean reload = MessageDialog.openQuestion(getSite().getShell(), Messages.Reload_title,
                Messages.bind(Messages.Reload_question, diagram.file().getFileName()));
        if (!reload) {
            return;
        }
        try {
            diagram.reload();
            getCommandStack().flush();
        } catch (FlowReadException e) {
            MessageDialog.openWarning(getSite().getShell(), Messages.Reload_title,
                    Messages.bind(Messages.Reload_unreadable, e.describe()));
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        if (diagram != null) {
            diagram.removeListener(problemsFeed);
            ProblemBoard.get().release(diagram.flow().file());
        }
        super.dispose();
    }
}
