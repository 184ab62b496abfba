package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.centralita.designer.parts.NodeLayer;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.RectangleFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.ScaledGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/**
 * The diagram's node layer finds the nodes under the clip through an index instead of asking
 * every node: painted into real SWT images, it must give the very pixels draw2d's own layer
 * gives, overlapping nodes in the same order, at full size and at a thumbnail's scale, and again
 * after nodes are moved, resized, removed and added (each of which must make the index again).
 */
class NodeLayerTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;

    @Test
    void shouldPaintWhatDraw2dPaintsWhateverTheClipAndAfterEveryChange() {
        StudioUi.onUi(() -> {
            Display display = Display.getCurrent();
            Random random = new Random(7);
            FreeformLayer plain = new FreeformLayer();
            NodeLayer indexed = new NodeLayer();
            List<Color> colors = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                colors.add(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            }
            for (int i = 0; i < 300; i++) {
                Rectangle box = new Rectangle(random.nextInt(WIDTH * 4), random.nextInt(HEIGHT * 4), 20 + random.nextInt(160),
                        20 + random.nextInt(90));
                Color color = colors.get(random.nextInt(colors.size()));
                plain.add(node(box, color));
                indexed.add(node(box, color));
            }
            assertSamePixels(display, plain, indexed, random, "as built");

            // moved and resized nodes, in both layers alike
            for (int n = 0; n < 40; n++) {
                int i = random.nextInt(300);
                Rectangle box = new Rectangle(random.nextInt(WIDTH * 4), random.nextInt(HEIGHT * 4), 20 + random.nextInt(300),
                        20 + random.nextInt(90));
                child(plain, i).setBounds(box);
                child(indexed, i).setBounds(box);
            }
            assertSamePixels(display, plain, indexed, random, "after moves");

            // nodes removed, and nodes added on top and in the middle of the order
            for (int n = 0; n < 30; n++) {
                int i = random.nextInt(plain.getChildren().size());
                plain.remove(child(plain, i));
                indexed.remove(child(indexed, i));
            }
            for (int n = 0; n < 30; n++) {
                Rectangle box = new Rectangle(random.nextInt(WIDTH * 4), random.nextInt(HEIGHT * 4), 200, 120);
                Color color = colors.get(random.nextInt(colors.size()));
                int at = random.nextInt(plain.getChildren().size());
                plain.add(node(box, color), at);
                indexed.add(node(box, color), at);
            }
            assertSamePixels(display, plain, indexed, random, "after removals and additions");
            colors.forEach(Color::dispose);
        });
    }

    private static IFigure child(IFigure layer, int i) {
        return (IFigure) layer.getChildren().get(i);
    }

    private static IFigure node(Rectangle box, Color color) {
        RectangleFigure node = new RectangleFigure();
        node.setBackgroundColor(color);
        node.setBounds(box.getCopy());
        return node;
    }

    /** Paints both layers with the same clips and scales and compares every pixel. */
    private static void assertSamePixels(Display display, IFigure plain, IFigure indexed, Random random, String when) {
        List<Rectangle> clips = new ArrayList<>(List.of(new Rectangle(0, 0, WIDTH * 4, HEIGHT * 4)));
        for (int i = 0; i < 12; i++) {
            clips.add(new Rectangle(random.nextInt(WIDTH * 4), random.nextInt(HEIGHT * 4), 1 + random.nextInt(400),
                    1 + random.nextInt(300)));
        }
        for (double scale : new double[] {1.0, 0.25}) {
            for (Rectangle clip : clips) {
                ImageData expected = paint(display, plain, clip, scale);
                ImageData actual = paint(display, indexed, clip, scale);
                assertThat(actual.data).as(when + ", clip " + clip + ", scale " + scale).isEqualTo(expected.data);
            }
        }
    }

    private static ImageData paint(Display display, IFigure layer, Rectangle clip, double scale) {
        Image image = new Image(display, WIDTH, HEIGHT);
        GC gc = new GC(image);
        SWTGraphics swt = new SWTGraphics(gc);
        Graphics graphics = swt;
        ScaledGraphics scaled = null;
        if (scale != 1.0) {
            scaled = new ScaledGraphics(swt);
            scaled.scale(scale);
            graphics = scaled;
        }
        try {
            graphics.setBackgroundColor(display.getSystemColor(org.eclipse.swt.SWT.COLOR_WHITE));
            graphics.fillRectangle(0, 0, (int) (WIDTH / scale), (int) (HEIGHT / scale));
            graphics.setClip(clip);
            layer.paint(graphics);
        } finally {
            if (scaled != null) {
                scaled.dispose();
            }
            swt.dispose();
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }
}
