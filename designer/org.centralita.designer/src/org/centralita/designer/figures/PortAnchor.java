package org.centralita.designer.figures;

import org.eclipse.draw2d.AbstractConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;

/** Where a connection leaves a node: the right end of its outcome's row. */
public final class PortAnchor extends AbstractConnectionAnchor {

    private final IFigure row;

    public PortAnchor(IFigure node, IFigure row) {
        super(node);
        this.row = row;
    }

    @Override
    public Point getLocation(Point reference) {
        Rectangle box = row.getBounds().getCopy();
        row.translateToAbsolute(box);
        return new Point(box.right(), box.y + box.height / 2);
    }
}
