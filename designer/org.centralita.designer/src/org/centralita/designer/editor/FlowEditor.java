package org.centralita.designer.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.centralita.designer.commands.FlowCommands;
import org.centralita.designer.parts.NodePart;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.centralita.designer.layout.DiagramLayout;
import org.centralita.designer.model.CallsOverlay;
import org.centralita.designer.model.DiagramNode;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.designer.model.Placement;
import org.centralita.designer.model.Port;
import org.centralita.designer.model.Ports;
import org.centralita.designer.model.ProblemBoard;
import org.centralita.designer.parts.DiagramPart;
import org.centralita.designer.parts.FlowPartFactory;
import org.centralita.flows.model.FlowNode;
import org.centralita.designer.properties.NodePropertiesPage;
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
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The graphical editor of one flow file: the diagram, its palette, its command stack. */
public final class FlowEditor extends GraphicalEditorWithFlyoutPalette {

    /** The editor's id in plugin.xml. */
    public static final String ID = "org.centralita.designer.flowEditor";
    private static final Logger LOG = LoggerFactory.getLogger(FlowEditor.class);

    private static final double[] ZOOM_LEVELS = {0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0};

    private FlowDiagram diagram;
    private CompletableFuture<Map<String, Placement>> layout;
    private final DiskWatch disk = new DiskWatch();
    private final DiagramActions actions = new DiagramActions(this);
    private final FlowDiagram.Listener problemsFeed = d -> ProblemBoard.get().put(d.flow().file(), d.problems());

    public FlowEditor() {
        setEditDomain(new DefaultEditDomain(this));
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof FlowFileInput file)) {
            throw new PartInitException("Centralita opens flow files only, not " + input.getName());
        }
        try {
            diagram = file.takeRead().orElse(null);
            if (diagram == null) {
                diagram = FlowDiagram.open(file.file());
            }
        } catch (FlowReadException e) {
            throw new PartInitException(e.getMessage());
        }
        // ELK lays the nodes the file does not place out on a thread of its own while this one
        // validates the flow and builds the editor's controls (docs/benchmarks.md, "Designer")
        layout = diagram.needsLayout() ? DiagramLayout.ofUnplacedInBackground(diagram) : null;
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

    /** Draws where the callers of a period went on the diagram; null takes the overlay away. */
    public void showCalls(CallsOverlay overlay) {
        if (getGraphicalViewer() != null && getGraphicalViewer().getContents() instanceof DiagramPart part) {
            part.showCalls(overlay);
        }
    }

    /** The calls overlay shown, or null. */
    public CallsOverlay calls() {
        return getGraphicalViewer() != null && getGraphicalViewer().getContents() instanceof DiagramPart part
                ? part.calls() : null;
    }

    /** Selects a node and scrolls it into view (from the problems view, find a node). */
    public void select(String nodeId) {
        EditPart part = partOf(nodeId);
        if (part != null) {
            getGraphicalViewer().select(part);
            getGraphicalViewer().reveal(part);
        }
    }

    /** The commands that edit this editor's flow. */
    public FlowCommands commands() {
        return new FlowCommands(diagram);
    }

    /** The ids of the selected nodes, in the order they were selected. */
    public List<String> selectedNodeIds() {
        List<String> ids = new ArrayList<>();
        for (Object part : getGraphicalViewer().getSelectedEditParts()) {
            if (part instanceof NodePart node) {
                ids.add(node.node().id());
            }
        }
        return ids;
    }

    /** Selects these nodes (those the flow has) and scrolls the first into view. */
    public void selectNodes(List<String> nodeIds) {
        List<EditPart> parts = nodeIds.stream().map(this::partOf).filter(java.util.Objects::nonNull).toList();
        getGraphicalViewer().setSelection(new StructuredSelection(parts));
        if (!parts.isEmpty()) {
            getGraphicalViewer().reveal(parts.get(0));
        }
    }

    /**
     * Finds nodes by id or by the words of their prompts (see {@link FlowDiagram#find(String)}),
     * selects them and scrolls to the first; the ids found.
     */
    public List<String> find(String query) {
        List<String> found = diagram.find(query);
        if (!found.isEmpty()) {
            selectNodes(found);
        }
        return found;
    }

    /** The zoom of the diagram (the Diagram menu's zoom actions and Ctrl+= / Ctrl+- change it). */
    public ZoomManager zoomManager() {
        return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
    }

    /** The palette the editor shows (the registry's node types, with their icons). */
    public PaletteRoot palette() {
        return getEditDomain().getPaletteViewer().getPaletteRoot();
    }

    /** Tells the analyst why something was not done (a refused paste, nothing found). */
    void tell(String title, String message) {
        MessageDialog.openInformation(getSite().getShell(), title, message);
    }

    @Override
    protected void createActions() {
        super.createActions();
        actions.editing().forEach(getActionRegistry()::registerAction);
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        for (String id : List.of(GEFActionConstants.ZOOM_IN, GEFActionConstants.ZOOM_OUT, DiagramActions.ZOOM_FIT,
                DiagramActions.LAYOUT)) {
            IAction action = getActionRegistry().getAction(id);
            handlers.activateHandler(action.getActionDefinitionId(), new ActionHandler(action));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    @Override
    public Object getAdapter(Class type) {
        if (type == ZoomManager.class && getGraphicalViewer() != null) {
            return zoomManager();
        }
        if (type == IContentOutlinePage.class && getGraphicalViewer() != null) {
            return new ThumbnailOutline((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart());
        }
        if (type == IPropertySheetPage.class) {
            return new NodePropertiesPage(this);
        }
        return super.getAdapter(type);
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
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(new FlowPartFactory());
        ZoomManager zoom = root.getZoomManager();
        zoom.setZoomLevels(ZOOM_LEVELS);
        zoom.setZoomLevelContributions(List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH, ZoomManager.FIT_HEIGHT));
        ActionRegistry registry = getActionRegistry();
        registry.registerAction(new ZoomInAction(zoom));
        registry.registerAction(new ZoomOutAction(zoom));
        registry.registerAction(actions.zoomFit(zoom));
        viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);
        viewer.setKeyHandler(new GraphicalViewerKeyHandler(viewer));
        viewer.setContextMenu(new FlowContextMenu(viewer, new org.centralita.designer.testcall.BreakpointAction(this)));
    }

    @Override
    protected void initializeGraphicalViewer() {
        if (layout != null) {
            diagram.setComputedPlaces(DiagramLayout.await(layout));
            layout = null;
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

    /**
     * Loads the file again after Studio itself changed it on disk (a flow renamed from the
     * explorer rewrote a subflow reference here): no question, the undo history is dropped.
     */
    public void reloadSaved() {
        try {
            diagram.reload();
            disk.remember(diagram.file());
            getCommandStack().flush();
        } catch (FlowReadException e) {
            LOG.warn("could not read {} again: {}", diagram.file(), e.getMessage());
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
