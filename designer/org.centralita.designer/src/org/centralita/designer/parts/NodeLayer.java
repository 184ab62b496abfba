package org.centralita.designer.parts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.draw2d.FigureListener;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * The layer of the nodes. It paints what draw2d's {@code Figure} paints, in the same order,
 * but finds the nodes under the clip through an index of the nodes by their left edge instead
 * of asking each node: the Outline view's thumbnail paints the layer once per 256-pixel tile
 * of the diagram (some 7,000 tiles for a 500-node flow laid out by ELK), and testing 501 nodes
 * per tile was most of the thumbnail's cost after each edit (docs/benchmarks.md, "Designer").
 * The index is made again when a node is added, removed, moved or resized.
 */
public final class NodeLayer extends FreeformLayer {

    /** Fewer children than this are painted as draw2d does: the index would not pay. */
    private static final int INDEXED_FROM = 32;

    private final FigureListener moved = figure -> forget();
    private IFigure[] byLeft;
    private int[] leftEdges;
    private Map<IFigure, Integer> order;
    private int widest;

    @Override
    public void add(IFigure child, Object constraint, int index) {
        super.add(child, constraint, index);
        child.addFigureListener(moved);
        forget();
    }

    @Override
    public void remove(IFigure child) {
        child.removeFigureListener(moved);
        super.remove(child);
        forget();
    }

    private void forget() {
        byLeft = null;
    }

    @Override
    protected void paintChildren(Graphics graphics) {
        List<?> children = getChildren();
        if (children.size() < INDEXED_FROM) {
            super.paintChildren(graphics);
            return;
        }
        if (byLeft == null) {
            index(children);
        }
        Rectangle clip = graphics.getClip(new Rectangle());
        List<IFigure> under = new ArrayList<>();
        for (int i = firstFrom(clip.x - widest); i < byLeft.length && leftEdges[i] < clip.right(); i++) {
            IFigure child = byLeft[i];
            if (child.isVisible() && child.intersects(clip)) {
                under.add(child);
            }
        }
        under.sort(Comparator.comparingInt(order::get));
        for (IFigure child : under) {
            graphics.clipRect(child.getBounds());
            child.paint(graphics);
            graphics.restoreState();
        }
    }

    private void index(List<?> children) {
        order = new IdentityHashMap<>();
        byLeft = new IFigure[children.size()];
        widest = 0;
        for (int i = 0; i < byLeft.length; i++) {
            byLeft[i] = (IFigure) children.get(i);
            order.put(byLeft[i], i);
            widest = Math.max(widest, byLeft[i].getBounds().width);
        }
        Arrays.sort(byLeft, Comparator.comparingInt(figure -> figure.getBounds().x));
        leftEdges = Arrays.stream(byLeft).mapToInt(figure -> figure.getBounds().x).toArray();
    }

    /** The first node in the index whose left edge is at {@code x} or right of it. */
    private int firstFrom(int x) {
        int found = Arrays.binarySearch(leftEdges, x);
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && leftEdges[found - 1] == x) {
            found--;
        }
        return found;
    }
}
