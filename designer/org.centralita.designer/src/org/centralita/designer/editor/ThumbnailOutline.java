package org.centralita.designer.editor;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.parts.ScrollableThumbnail;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Outline view's page for a flow editor: a thumbnail of the whole diagram's nodes with the
 * part the editor shows framed; dragging the frame scrolls the editor. The connections are left
 * out: stroking every connection again after each edit was most of the thumbnail's cost on a
 * 500-node flow (docs/benchmarks.md, "Designer").
 */
public final class ThumbnailOutline extends Page implements IContentOutlinePage {

    private final ScalableFreeformRootEditPart root;
    private Canvas canvas;
    private ScrollableThumbnail thumbnail;
    private IFigure source;

    ThumbnailOutline(ScalableFreeformRootEditPart root) {
        this.root = root;
    }

    @Override
    public void createControl(Composite parent) {
        canvas = new Canvas(parent, SWT.NONE);
        LightweightSystem system = new LightweightSystem(canvas);
        thumbnail = new ScrollableThumbnail((Viewport) root.getFigure());
        source = root.getLayer(LayerConstants.PRIMARY_LAYER);
        thumbnail.setSource(source);
        system.setContents(thumbnail);
    }

    /** The thumbnail figure (tests read its source and size). */
    public ScrollableThumbnail thumbnail() {
        return thumbnail;
    }

    /** What the thumbnail shows: the layer of the diagram's nodes. */
    public IFigure source() {
        return source;
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        if (thumbnail != null) {
            thumbnail.deactivate();
        }
        super.dispose();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
    }

    @Override
    public ISelection getSelection() {
        return StructuredSelection.EMPTY;
    }

    @Override
    public void setSelection(ISelection selection) {
    }
}
