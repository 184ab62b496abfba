package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.editor.ThumbnailOutline;
import org.centralita.designer.figures.NodeIcons;
import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.parts.NodePart;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.NodeTypes;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The editor's gestures as an analyst makes them: the palette's tools and the mouse through the
 * edit domain, the keys' commands, the Outline view, the find question; each edit undone whole.
 */
class EditorGesturesTest {

    /** A copy of the example flows for each test, the bank's flow in it and its text. */
    private final Path flows = StudioUi.copyOfExamples();
    private final Path bank = flows.resolve("bank-main.flow.yaml");
    private final String original = StudioUi.onUi(() -> Files.readString(bank));

    @AfterEach
    void closeTheEditorsUnsaved() {
        StudioUi.onUi(() -> StudioUi.page().closeAllEditors(false));
    }

    private static FlowEditor open(Path file) throws Exception {
        return (FlowEditor) StudioUi.onUi(() -> {
            var editor = EditorOpener.open(StudioUi.page(), file);
            StudioUi.drain();
            return editor;
        });
    }

    @Test
    void shouldShowTheIconOfEachNodeTypeInThePaletteAndOnEveryNode() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            // every type of the registry has its own icon in the bundle
            for (NodeType type : NodeTypes.all()) {
                assertThat(NodeIcons.url(type.name())).as(type.name()).isNotNull();
            }
            // the palette's node entries, one per type in the registry's order, each with its icon
            List<CombinedTemplateCreationEntry> entries = new ArrayList<>();
            for (Object child : editor.palette().getChildren()) {
                if (child instanceof PaletteContainer container) {
                    container.getChildren().stream().filter(CombinedTemplateCreationEntry.class::isInstance)
                            .forEach(e -> entries.add((CombinedTemplateCreationEntry) e));
                }
            }
            assertThat(entries.stream().map(CombinedTemplateCreationEntry::getTemplate).toList())
                    .containsExactlyElementsOf(NodeTypes.all().stream().map(NodeType::name).toList());
            for (CombinedTemplateCreationEntry entry : entries) {
                Image icon = entry.getSmallIcon().createImage();
                try {
                    assertThat(icon.getBounds().width).isEqualTo(16);
                    assertThat(icon.getImageData().getPixel(8, 8)).isNotEqualTo(icon.getImageData().getPixel(0, 0));
                } finally {
                    icon.dispose();
                }
            }
            // every node's figure shows its type's icon
            for (FlowNode node : editor.diagram().flow().nodes().values()) {
                Image shown = ((NodePart) editor.partOf(node.id())).nodeFigure().icon();
                assertThat(shown).as(node.id()).isNotNull().isSameAs(NodeIcons.image(node.typeName()));
            }
            assertThat(NodeIcons.image("play")).isNotSameAs(NodeIcons.image("menu"));
        });
    }

    @Test
    void shouldSelectWithTheMarqueeAndShiftClickThenDeleteTheSelectionAsOneCommand() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            Gestures mouse = new Gestures(editor);
            // given: the palette's marquee tool drawn around greet and check-hours
            ToolEntry marquee = paletteTool(editor, MarqueeToolEntry.class);
            editor.viewer().getEditDomain().getPaletteViewer().setActiveTool(marquee);
            Rectangle greet = mouse.boundsOf("greet");
            Rectangle hours = mouse.boundsOf("check-hours");
            mouse.drag(greet.getTopLeft().getTranslated(-10, -10), hours.getBottomRight().getTranslated(10, 10), 0);
            assertThat(editor.selectedNodeIds()).containsExactlyInAnyOrder("greet", "check-hours");

            // and: holiday-notice shift-clicked with the selection tool
            editor.viewer().getEditDomain().loadDefaultTool();
            mouse.click(mouse.boundsOf("holiday-notice").getCenter(), SWT.SHIFT);
            assertThat(editor.selectedNodeIds()).containsExactlyInAnyOrder("greet", "check-hours", "holiday-notice");

            // when: Delete
            Gestures.command("org.eclipse.ui.edit.delete");

            // then: the three are gone in one command, which one undo takes back
            assertThat(editor.diagram().flow().nodes()).doesNotContainKeys("greet", "check-hours", "holiday-notice");
            assertThat(editor.diagram().text()).doesNotContain("  greet:").doesNotContain("  holiday-notice:");
            editor.commandStack().undo();
            assertThat(editor.diagram().text()).isEqualTo(original);
            assertThat(editor.commandStack().canUndo()).isFalse();
        });
    }

    @Test
    void shouldPasteCopiedNodesWithFreshIdsKeepingOnlyTheirConnectionsToEachOther() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            // given: greet (next: check-hours) and check-hours (open/closed/holiday to nodes not copied) copied
            editor.selectNodes(List.of("greet", "check-hours"));
            Gestures.command("org.eclipse.ui.edit.copy");

            // when: pasted
            Gestures.command("org.eclipse.ui.edit.paste");

            // then: the copies have fresh ids, greet's copy leads to check-hours' copy, the rest is unconnected
            FlowNode greet = editor.diagram().flow().node("greet-2").orElseThrow();
            FlowNode hours = editor.diagram().flow().node("check-hours-2").orElseThrow();
            assertThat(greet.text("prompt")).contains("welcome");
            assertThat(editor.diagram().wiresFrom("greet-2")).containsExactly(new OutcomeWire("greet-2", "next", "check-hours-2"));
            assertThat(hours.text("calendar")).contains("bank-contact-center");
            assertThat(editor.diagram().wiresFrom("check-hours-2")).isEmpty();
            assertThat(editor.diagram().place("greet-2")).isEqualTo(new org.centralita.designer.model.Placement(70, 70));
            assertThat(editor.selectedNodeIds()).containsExactlyInAnyOrder("greet-2", "check-hours-2");
            assertThat(editor.partOf("check-hours-2")).isNotNull();
            // the originals are untouched, and one undo takes the paste back
            assertThat(editor.diagram().wiresFrom("greet")).containsExactly(new OutcomeWire("greet", "next", "check-hours"));
            String pasted = editor.diagram().text();
            editor.commandStack().undo();
            assertThat(editor.diagram().text()).isEqualTo(original);
            editor.commandStack().redo();
            assertThat(editor.diagram().text()).isEqualTo(pasted);

            // and: a second paste lands further on with other fresh ids
            Gestures.command("org.eclipse.ui.edit.paste");
            assertThat(editor.diagram().flow().nodes()).containsKeys("greet-3", "check-hours-3");
            assertThat(editor.diagram().place("greet-3")).isEqualTo(new org.centralita.designer.model.Placement(100, 100));
        });
    }

    @Test
    void shouldConnectAnOutcomeByDraggingFromItsRowToANode() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            editor.commandStack().execute(editor.commands().create("play", 40, 300));
            StudioUi.drain();
            Gestures mouse = new Gestures(editor);
            NodePart play = (NodePart) editor.partOf("play-1");
            Point row = Gestures.absolute(play.nodeFigure().portRow("next")).getCenter();
            Point target = mouse.boundsOf("holiday-notice").getCenter();

            // when: the analyst drags from play-1's 'next' row, with the selection tool, onto holiday-notice
            mouse.drag(row, target, 0);

            // then: the outcome is connected (and play-1 did not move), one command on the stack
            assertThat(editor.diagram().wiresFrom("play-1")).containsExactly(new OutcomeWire("play-1", "next", "holiday-notice"));
            assertThat(editor.diagram().place("play-1")).isEqualTo(new org.centralita.designer.model.Placement(40, 300));
            editor.commandStack().undo();
            assertThat(editor.diagram().wiresFrom("play-1")).isEmpty();

            // and: a drag from the node's title moves it
            Point title = mouse.boundsOf("play-1").getTopLeft().getTranslated(20, 6);
            mouse.drag(title, title.getTranslated(0, 60), 0);
            assertThat(editor.diagram().place("play-1")).isEqualTo(new org.centralita.designer.model.Placement(40, 360));
        });
    }

    @Test
    void shouldZoomInOutAndToFitByTheirKeys() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            IBindingService keys = StudioUi.page().getWorkbenchWindow().getService(IBindingService.class);
            assertThat(keys.getPerfectMatch(KeySequence.getInstance("M1+=")).getParameterizedCommand().getId())
                    .isEqualTo(GEFActionConstants.ZOOM_IN);
            assertThat(keys.getPerfectMatch(KeySequence.getInstance("M1+-")).getParameterizedCommand().getId())
                    .isEqualTo(GEFActionConstants.ZOOM_OUT);
            assertThat(keys.getPerfectMatch(KeySequence.getInstance("M1+0")).getParameterizedCommand().getId())
                    .isEqualTo("org.centralita.designer.zoomFit");
            assertThat(keys.getPerfectMatch(KeySequence.getInstance("M1+M2+O")).getParameterizedCommand().getId())
                    .isEqualTo("org.centralita.designer.layout");
            assertThat(editor.zoomManager().getZoom()).isEqualTo(1.0);

            Gestures.command(GEFActionConstants.ZOOM_IN);
            assertThat(editor.zoomManager().getZoom()).isEqualTo(1.5);
            Gestures.command(GEFActionConstants.ZOOM_OUT);
            Gestures.command(GEFActionConstants.ZOOM_OUT);
            assertThat(editor.zoomManager().getZoom()).isEqualTo(0.75);

            // the bank's flow is wider than the window: fitting shows all of it
            Gestures.command("org.centralita.designer.zoomFit");
            double fit = editor.zoomManager().getZoom();
            assertThat(fit).isLessThan(0.75);
            Rectangle all = Gestures.absolute(((ScalableFreeformRootEditPart) editor.viewer().getRootEditPart())
                    .getLayer(LayerConstants.PRINTABLE_LAYERS));
            org.eclipse.swt.graphics.Rectangle window = ((org.eclipse.swt.widgets.Canvas) editor.viewer().getControl()).getClientArea();
            for (FlowNode node : editor.diagram().flow().nodes().values()) {
                Rectangle box = new Gestures(editor).boundsOf(node.id());
                assertThat(box.right()).as(node.id()).isLessThanOrEqualTo(window.width);
                assertThat(box.bottom()).as(node.id()).isLessThanOrEqualTo(window.height);
            }
            assertThat(all.width).isPositive();
        });
    }

    @Test
    void shouldShowAThumbnailOfTheDiagramInTheOutlineView() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            ContentOutline outline = (ContentOutline) StudioUi.page().showView(IPageLayout.ID_OUTLINE);
            StudioUi.page().activate(editor);
            StudioUi.drain();
            assertThat(outline.getCurrentPage()).isInstanceOf(ThumbnailOutline.class);
            ThumbnailOutline page = (ThumbnailOutline) outline.getCurrentPage();
            ScalableFreeformRootEditPart root = (ScalableFreeformRootEditPart) editor.viewer().getRootEditPart();
            assertThat(page.source()).isSameAs(root.getLayer(LayerConstants.PRIMARY_LAYER));
            assertThat(page.getControl().isVisible()).isTrue();
            assertThat(page.thumbnail().getSize().width).isPositive();
            assertThat(page.thumbnail().getSize().height).isPositive();
        });
    }

    @Test
    void shouldFindANodeByPromptWordsOrIdThenSelectAndRevealIt() {
        AtomicReference<FlowEditor> editor = new AtomicReference<>();
        StudioUi.onUi(() -> {
            editor.set(open(bank));
            assertThat(editor.get().find("lost-card")).startsWith("intent-lost-card", "lost-card-queue");
        });

        // when: Find (Ctrl+F), the question answered with words of a prompt far to the right
        String words = promptWordsOf(editor.get(), "balance-goodbye");
        StudioUi.onUi(() -> Display.getCurrent().asyncExec(() -> {
            try {
                Gestures.command("org.eclipse.ui.edit.findReplace");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        AtomicReference<Shell> question = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> StudioUi.onUi(() -> {
            Arrays.stream(Display.getCurrent().getShells()).filter(s -> s.isVisible() && "Find a node".equals(s.getText()))
                    .findFirst().ifPresent(question::set);
            return question.get() != null;
        }));
        StudioUi.onUi(() -> {
            find(question.get(), Text.class).setText(words);
            Button ok = find(question.get(), Button.class, "OK");
            ok.notifyListeners(SWT.Selection, null);
        });

        // then: the node is selected and scrolled into the window
        await().atMost(Duration.ofSeconds(30)).until(() -> StudioUi.onUi(
                () -> editor.get().selectedNodeIds().contains("balance-goodbye")));
        StudioUi.onUi(() -> {
            StudioUi.drain();
            Rectangle box = new Gestures(editor.get()).boundsOf("balance-goodbye");
            org.eclipse.swt.graphics.Rectangle window = ((org.eclipse.swt.widgets.Canvas) editor.get().viewer().getControl()).getClientArea();
            assertThat(box.x).isBetween(0, window.width - 1);
            assertThat(box.y).isBetween(0, window.height - 1);
        });
    }

    /** A few words from the text of a node's prompt (its summary line without the ellipsis). */
    private static String promptWordsOf(FlowEditor editor, String nodeId) {
        return StudioUi.onUi(() -> {
            String summary = ((NodePart) editor.partOf(nodeId)).node().summary();
            String[] words = summary.replace("\u2026", "").trim().split("\\s+");
            return String.join(" ", Arrays.copyOfRange(words, 0, Math.min(6, words.length)));
        });
    }

    @Test
    void shouldLayOutTheWholeFlowOnDemandAsOneCommandRewritingOnlyLayoutLines() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);

            Gestures.command("org.centralita.designer.layout");

            String laidOut = editor.diagram().text();
            assertThat(laidOut).isNotEqualTo(original);
            // everything before the layout section is the same; a line per node in the section
            int section = original.indexOf("\nlayout:\n");
            assertThat(laidOut.substring(0, section)).isEqualTo(original.substring(0, section));
            for (String id : editor.diagram().flow().nodes().keySet()) {
                assertThat(editor.diagram().writtenPlace(id)).as(id).isPresent();
            }
            List<Rectangle> boxes = new ArrayList<>();
            for (String id : editor.diagram().flow().nodes().keySet()) {
                boxes.add(new Gestures(editor).boundsOf(id));
            }
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(boxes.get(i).intersects(boxes.get(j))).isFalse();
                }
            }
            // left to right: greet before check-hours before main-menu
            assertThat(editor.diagram().place("greet").x()).isLessThan(editor.diagram().place("check-hours").x());
            assertThat(editor.diagram().place("check-hours").x()).isLessThan(editor.diagram().place("main-menu").x());
            editor.commandStack().undo();
            assertThat(editor.diagram().text()).isEqualTo(original);
        });
    }

    @Test
    void shouldOpenTheCalledFlowOnADoubleClickOnASubflowNode() {
        StudioUi.onUi(() -> {
            FlowEditor caller = open(flows.resolve("citizen-line.flow.yaml"));
            EditPart subflow = caller.partOf("book-appointment");

            subflow.performRequest(new Request(RequestConstants.REQ_OPEN));
            StudioUi.drain();

            assertThat(StudioUi.page().getActiveEditor()).isInstanceOf(FlowEditor.class).isNotSameAs(caller);
            FlowEditor called = (FlowEditor) StudioUi.page().getActiveEditor();
            assertThat(called.diagram().flow().id()).isEqualTo("citizen-appointment");
            assertThat(called.diagram().file()).isEqualTo(flows.resolve("citizen-appointment.flow.yaml"));
        });
    }

    private static ToolEntry paletteTool(FlowEditor editor, Class<? extends ToolEntry> kind) {
        List<ToolEntry> found = new ArrayList<>();
        for (Object child : editor.palette().getChildren()) {
            if (child instanceof PaletteContainer container) {
                container.getChildren().stream().filter(kind::isInstance).forEach(e -> found.add((ToolEntry) e));
            }
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static <T extends Control> T find(Control control, Class<T> kind) {
        return find(control, kind, null);
    }

    private static <T extends Control> T find(Control control, Class<T> kind, String text) {
        if (kind.isInstance(control) && (text == null || control instanceof Button b && b.getText().replace("&", "").equals(text))) {
            return kind.cast(control);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, kind, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
