package org.centralita.designer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.centralita.designer.app.FlowsDirectory;
import org.centralita.designer.app.StudioWorkbenchAdvisor;
import org.centralita.designer.views.FlowsExplorerView;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * The running Studio the designer tests drive: its workbench started once on a UI thread of its
 * own, code run on that thread, its page, pictures of diagrams.
 */
final class StudioUi {

    private static final long START_SECONDS = 120;
    private static volatile Display display;

    private StudioUi() {
    }

    /** Starts Studio's workbench on the example flows, once per test run. */
    static synchronized void start() {
        if (display != null) {
            return;
        }
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Display> created = new AtomicReference<>();
        Thread ui = new Thread(() -> {
            Display d = PlatformUI.createDisplay();
            created.set(d);
            FlowsDirectory.set(examples());
            PlatformUI.createAndRunWorkbench(d, new StudioWorkbenchAdvisor(started::countDown));
        }, "studio-ui");
        ui.setDaemon(true);
        ui.start();
        try {
            if (!started.await(START_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Studio's workbench did not start in " + START_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        display = created.get();
    }

    /** Runs {@code work} on Studio's UI thread and gives its result; failures come back here. */
    static <T> T onUi(Callable<T> work) {
        start();
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        if (failure.get() instanceof Error error) {
            throw error;
        }
        if (failure.get() instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    /** {@link #onUi(Callable)} for work without a result. */
    static void onUi(ThrowingRunnable work) {
        onUi(() -> {
            work.run();
            return null;
        });
    }

    /** UI work that may throw. */
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the events waiting in the UI queue (asyncExec, paints, layouts) until none is left. */
    static void drain() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // each pass runs one event
        }
    }

    /** The button labelled {@code text} (mnemonics ignored) in {@code control} or below it, or null. */
    static Button findButton(Control control, String text) {
        if (control instanceof Button button && button.getText().replace("&", "").equals(text)) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = findButton(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Runs an item of a menu of the menu bar as a click would: the menu is shown, then the item selected. */
    static void runMenuItem(String menuText, String itemText) {
        Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
        MenuItem top = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals(menuText))
                .findFirst().orElseThrow(() -> new AssertionError("no menu " + menuText));
        Menu menu = top.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").equals(itemText)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + itemText));
        if ((item.getStyle() & SWT.CHECK) != 0) {
            item.setSelection(!item.getSelection());
        }
        item.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
    }

    /** Points Studio at a flows directory and lists it in the flows explorer (on the UI thread). */
    static void showDirectory(Path flows) throws Exception {
        FlowsDirectory.set(flows);
        ((FlowsExplorerView) page().showView(FlowsExplorerView.ID)).refresh();
    }

    /** Closes every editor without saving and points Studio back at the examples (on the UI thread). */
    static void backToTheExamples() throws Exception {
        page().closeAllEditors(false);
        showDirectory(examples());
    }

    /** The example flows directory, as the build passes it. */
    static Path examples() {
        return Path.of(System.getProperty("centralita.flows", "../../examples/flows")).toAbsolutePath().normalize();
    }

    /** A copy of the example flows directory that a test may edit and save. */
    static Path copyOfExamples() {
        try {
            Path copy = Files.createTempDirectory("centralita-flows");
            Path source = examples();
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path target = copy.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paints the whole diagram (not only what the window shows) into a PNG file. */
    static Path screenshot(GraphicalViewer viewer, String name) {
        LayerManager layers = (LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID);
        IFigure figure = layers.getLayer(LayerConstants.PRINTABLE_LAYERS);
        Rectangle bounds = figure.getBounds().getCopy();
        Display display = Display.getCurrent();
        Image image = new Image(display, Math.max(1, bounds.width), Math.max(1, bounds.height));
        GC gc = new GC(image);
        SWTGraphics graphics = new SWTGraphics(gc);
        try {
            graphics.setBackgroundColor(display.getSystemColor(SWT.COLOR_WHITE));
            graphics.fillRectangle(0, 0, bounds.width, bounds.height);
            graphics.translate(-bounds.x, -bounds.y);
            figure.paint(graphics);
            ImageData data = image.getImageData();
            Path out = Path.of(System.getProperty("centralita.screenshots", "target/screenshots"), name + ".png");
            Files.createDirectories(out.getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            loader.save(out.toString(), SWT.IMAGE_PNG);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            graphics.dispose();
            gc.dispose();
            image.dispose();
        }
    }
}
