package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.centralita.designer.app.FlowsDirectory;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.figures.NodeFigure;
import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.parts.NodePart;
import org.centralita.designer.parts.WirePart;
import org.centralita.designer.runtime.CallsPeriod;
import org.centralita.designer.runtime.PeriodDialog;
import org.centralita.designer.views.RuntimeView;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where callers go, drawn on the diagram from a real runtime's records: the runtime is given
 * known calls over FastAGI (the project's simulated Asterisk), and the numbers on each node and
 * connection are the ones those calls make.
 */
class CallsOverlayTest {

    private static final Duration RUNTIME_ANSWER = Duration.ofMinutes(4);
    private static final String FLOW = """
            centralita: 1
            id: overlay-line
            name: Overlay test line
            languages: [en-US]
            start: welcome

            nodes:
              welcome:
                type: play
                prompt: Welcome to the test line.
                next: menu

              menu:
                type: menu
                prompt: Press 1 for sales or 2 for support.
                timeout: 3s
                retries: 1
                options:
                  "1": {next: sales}
                  "2": {next: support}
                max-retries: goodbye

              sales:
                type: hangup
                prompt: Sales will call you back.

              support:
                type: hangup
                prompt: Support will call you back.

              goodbye:
                type: hangup
                prompt: Goodbye.
            """;

    @AfterEach
    void closeEditors() {
        StudioUi.onUi(() -> {
            StudioUi.page().closeAllEditors(false);
            FlowsDirectory.set(StudioUi.examples());
        });
    }

    @Test
    void shouldDrawTheCallsPerNodeAndConnectionAndMarkTheNodeWhereCallersHangUp() throws Exception {
        // given: the flow published from Studio to a real runtime, and 8 known calls through it:
        // 4 press 1 (sales), 2 press 2 (support), 2 hang up at the menu
        RuntimeProcess runtime = RuntimeProcess.shared();
        TestSecureStorage.pointAt(runtime);
        Path flows = Files.createTempDirectory("centralita-overlay");
        Path file = flows.resolve("overlay-line.flow.yaml");
        Files.writeString(file, FLOW);
        RuntimeView view = StudioUi.onUi(() -> {
            FlowsDirectory.set(flows);
            return RuntimeView.show(StudioUi.page());
        });
        StudioUi.onUi(view::publish);
        await().atMost(RUNTIME_ANSWER).until(() -> StudioUi.onUi(view::answerText).contains("overlay-line version"));
        runtime.placeCalls("overlay-line", "1", "1", "2", "hangup", "1", "2", "hangup", "1");
        await().atMost(RUNTIME_ANSWER).until(() -> runtime.get("/reports/flows/overlay-line/nodes")
                .body().contains("{\"node\":\"welcome\",\"calls\":8"));

        // when: the flow is open and "Show calls" asked for the default period (the last day)
        AtomicReference<FlowEditor> editor = new AtomicReference<>();
        StudioUi.onUi(() -> editor.set((FlowEditor) EditorOpener.open(StudioUi.page(), file)));
        CallsPeriod period = StudioUi.onUi(() -> {
            PeriodDialog dialog = new PeriodDialog(StudioUi.page().getWorkbenchWindow().getShell());
            dialog.setBlockOnOpen(false);
            dialog.open();
            PublishTest.press(dialog.getShell(), "OK");
            return dialog.period();
        });
        assertThat(period.label()).isEqualTo("last day");
        StudioUi.onUi(() -> view.showCalls(editor.get(), period));
        await().atMost(RUNTIME_ANSWER).until(() -> StudioUi.onUi(() -> editor.get().calls() != null));

        // then: each node carries its calls and drop-off; the menu, where 2 of 8 hung up, stands out
        Map<String, String> nodes = StudioUi.onUi(() -> {
            Map<String, String> lines = new LinkedHashMap<>();
            for (String id : List.of("welcome", "menu", "sales", "support", "goodbye")) {
                lines.put(id, figure(editor.get(), id).callsText());
            }
            return lines;
        });
        assertThat(nodes).containsEntry("welcome", "8 calls \u00b7 0% hung up")
                .containsEntry("menu", "\u26a0 8 calls \u00b7 25% hung up")
                .containsEntry("sales", "4 calls \u00b7 0% hung up")
                .containsEntry("support", "2 calls \u00b7 0% hung up")
                .containsEntry("goodbye", "0 calls \u00b7 0% hung up");
        assertThat(StudioUi.onUi(() -> figure(editor.get(), "menu").callsStandOut())).isTrue();
        assertThat(StudioUi.onUi(() -> figure(editor.get(), "welcome").callsStandOut())).isFalse();
        // and each connection the calls of its outcome
        assertThat(StudioUi.onUi(() -> wireLabels(editor.get()))).containsEntry("welcome/next", "next \u00b7 8")
                .containsEntry("menu/1", "1 \u00b7 4").containsEntry("menu/2", "2 \u00b7 2")
                .containsEntry("menu/max-retries", "max-retries \u00b7 0");
        // and the overlay's line clips no outcome row: every row keeps its full height inside its node
        StudioUi.onUi(() -> {
            editor.get().viewer().getControl().update();
            StudioUi.drain();
            for (String id : nodes.keySet()) {
                NodeFigure node = figure(editor.get(), id);
                Rectangle inside = node.getClientArea().getCopy();
                node.translateToParent(inside);
                for (IFigure row : rowsOf(node)) {
                    assertThat(inside.contains(row.getBounds())).as(id + " row " + row.getBounds() + " inside " + inside).isTrue();
                    assertThat(row.getBounds().height).as(id + " row height").isGreaterThanOrEqualTo(row.getPreferredSize().height);
                }
            }
        });
        Path picture = StudioUi.onUi(() -> StudioUi.screenshot(editor.get().viewer(), "calls-overlay"));
        assertThat(Files.size(picture)).isGreaterThan(1000);

        // when: the overlay is turned off, the diagram is as before
        StudioUi.onUi(() -> editor.get().showCalls(null));
        assertThat(StudioUi.onUi(() -> figure(editor.get(), "menu").callsText())).isNull();
        assertThat(StudioUi.onUi(() -> wireLabels(editor.get()))).containsEntry("menu/1", "1");

        // when: the same through the menu: Runtime > Show calls..., OK in its period dialog
        StudioUi.onUi(() -> Display.getCurrent().asyncExec(() -> StudioUi.runMenuItem("Runtime", "Show calls...")));
        AtomicReference<Shell> asked = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> StudioUi.onUi(() -> {
            Arrays.stream(Display.getCurrent().getShells()).filter(s -> s.isVisible() && "Show calls".equals(s.getText()))
                    .findFirst().ifPresent(asked::set);
            return asked.get() != null;
        }));
        StudioUi.onUi(() -> PublishTest.press(asked.get(), "OK"));

        // then: the overlay is drawn again; the menu's toggle takes it away
        await().atMost(RUNTIME_ANSWER).until(() -> StudioUi.onUi(
                () -> "\u26a0 8 calls \u00b7 25% hung up".equals(figure(editor.get(), "menu").callsText())));
        StudioUi.onUi(() -> StudioUi.runMenuItem("Runtime", "Show calls..."));
        assertThat(StudioUi.onUi(() -> figure(editor.get(), "menu").callsText())).isNull();
    }

    private static NodeFigure figure(FlowEditor editor, String id) {
        return ((NodePart) editor.partOf(id)).nodeFigure();
    }

    private static List<IFigure> rowsOf(NodeFigure node) {
        List<IFigure> rows = new ArrayList<>();
        for (Object child : node.getChildren()) {
            rows.add((IFigure) child);
        }
        return rows;
    }

    private static Map<String, String> wireLabels(FlowEditor editor) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Object part : editor.viewer().getEditPartRegistry().values()) {
            if (part instanceof WirePart wire) {
                OutcomeWire model = wire.wire();
                labels.put(model.source() + "/" + model.outcome(), wire.labelText());
            }
        }
        return labels;
    }
}
