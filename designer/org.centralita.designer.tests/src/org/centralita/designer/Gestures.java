package org.centralita.designer;

import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.parts.NodePart;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The analyst's mouse and keys in a flow editor: mouse events handed to the editor's edit domain,
 * which gives them to its active tool exactly as the canvas does, and commands run as their
 * keys run them. Points are in the canvas's coordinates (draw2d's absolute ones).
 */
final class Gestures {

    private final FlowEditor editor;

    Gestures(FlowEditor editor) {
        this.editor = editor;
    }

    /** The bounds of a node's figure on the canvas. */
    Rectangle boundsOf(String nodeId) {
        return absolute(((NodePart) editor.partOf(nodeId)).getFigure());
    }

    static Rectangle absolute(IFigure figure) {
        Rectangle box = figure.getBounds().getCopy();
        figure.translateToAbsolute(box);
        return box;
    }

    /** Presses the left button at {@code from}, moves to {@code to} in steps, releases it there. */
    void drag(Point from, Point to, int modifiers) {
        EditDomain domain = editor.viewer().getEditDomain();
        GraphicalViewer viewer = editor.viewer();
        domain.mouseMove(event(from, 0, modifiers), viewer);
        domain.mouseDown(event(from, 1, modifiers), viewer);
        for (int step = 1; step <= 10; step++) {
            Point at = new Point(from.x + (to.x - from.x) * step / 10, from.y + (to.y - from.y) * step / 10);
            domain.mouseDrag(event(at, 0, modifiers | SWT.BUTTON1), viewer);
        }
        domain.mouseUp(event(to, 1, modifiers | SWT.BUTTON1), viewer);
        StudioUi.drain();
    }

    /** A click of the left button at a point, with modifiers such as {@code SWT.SHIFT}. */
    void click(Point at, int modifiers) {
        EditDomain domain = editor.viewer().getEditDomain();
        GraphicalViewer viewer = editor.viewer();
        domain.mouseMove(event(at, 0, modifiers), viewer);
        domain.mouseDown(event(at, 1, modifiers), viewer);
        domain.mouseUp(event(at, 1, modifiers | SWT.BUTTON1), viewer);
        StudioUi.drain();
    }

    private MouseEvent event(Point at, int button, int stateMask) {
        Event event = new Event();
        event.widget = editor.viewer().getControl();
        event.display = Display.getCurrent();
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        event.stateMask = stateMask;
        event.count = 1;
        return new MouseEvent(event);
    }

    /** Runs a command by its id, as its key or menu item does (the active part's handler). */
    static void command(String commandId) throws Exception {
        IHandlerService handlers = StudioUi.page().getWorkbenchWindow().getService(IHandlerService.class);
        handlers.executeCommand(commandId, null);
        StudioUi.drain();
    }
}
