package org.centralita.designer.figures;

import org.eclipse.draw2d.Graphics;

/**
 * Whether words drawn at a scale can be read. Below it (the Outline view's thumbnail, the
 * farthest zoom levels) nodes and connections are drawn without their words: painting text
 * scaled down is most of the cost of a 500-node thumbnail, and nobody can read it there.
 */
public final class Legibility {

    /** The smallest scale at which the words of the diagram are drawn. */
    public static final double SMALLEST_SCALE = 0.4;

    private Legibility() {
    }

    public static boolean wordsReadable(Graphics graphics) {
        return graphics.getAbsoluteScale() >= SMALLEST_SCALE;
    }
}
