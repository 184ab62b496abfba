package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.figures.NodeFigure;
import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.parts.NodePart;
import org.centralita.designer.parts.WirePart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A required outcome that leads nowhere: its row is marked on the node, and saving the flow
 * asks first (save anyway, or cancel and keep editing).
 */
class DanglingOutcomesTest {

    private Path bank;
    private String original;

    @BeforeEach
    void copyTheBanksFlow() throws Exception {
        bank = StudioUi.copyOfExamples().resolve("bank-main.flow.yaml");
        original = Files.readString(bank);
    }

    @AfterEach
    void closeEditors() {
        StudioUi.onUi(() -> StudioUi.page().closeAllEditors(false));
    }

    private static FlowEditor open(Path file) throws Exception {
        FlowEditor editor = (FlowEditor) EditorOpener.open(StudioUi.page(), file);
        StudioUi.drain();
        return editor;
    }

    private static org.centralita.designer.commands.FlowCommands commandsOf(FlowEditor editor) {
        return ((org.centralita.designer.parts.DiagramPart) editor.viewer().getContents()).commands();
    }

    private static NodeFigure figureOf(FlowEditor editor, String node) {
        return ((NodePart) editor.partOf(node)).nodeFigure();
    }

    @Test
    void shouldMarkTheRowOfEachOutcomeThatLeadsNowhere() {
        StudioUi.onUi(() -> {
            // given: the bank's flow, nothing marked
            FlowEditor editor = open(bank);
            assertThat(figureOf(editor, "greet").hasPortBadge("next")).isFalse();
            assertThat(figureOf(editor, "check-hours").hasPortBadge("open")).isFalse();

            // when: greet's required 'next' is disconnected and check-hours' 'open' sent to a node that does not exist
            WirePart wire = (WirePart) editor.viewer().getEditPartRegistry().get(new OutcomeWire("greet", "next", "check-hours"));
            editor.commandStack().execute(wire.getCommand(new GroupRequest(RequestConstants.REQ_DELETE)));
            editor.commandStack().execute(commandsOf(editor).setField("check-hours", java.util.List.of("open"), "nowhere"));
            StudioUi.drain();

            // then: exactly those rows are marked, each with its message
            assertThat(figureOf(editor, "greet").hasPortBadge("next")).isTrue();
            assertThat(figureOf(editor, "greet").portMessages("next")).contains("missing required outcome 'next'");
            assertThat(figureOf(editor, "check-hours").hasPortBadge("open")).isTrue();
            assertThat(figureOf(editor, "check-hours").portMessages("open")).contains("nowhere");
            assertThat(figureOf(editor, "check-hours").hasPortBadge("closed")).isFalse();
            assertThat(figureOf(editor, "check-hours").hasPortBadge("holiday")).isFalse();
            assertThat(figureOf(editor, "check-hours").hasBadge()).isTrue();

            // and undoing both clears the marks
            editor.commandStack().undo();
            editor.commandStack().undo();
            StudioUi.drain();
            assertThat(figureOf(editor, "greet").hasPortBadge("next")).isFalse();
            assertThat(figureOf(editor, "check-hours").hasPortBadge("open")).isFalse();
        });
    }

    @Test
    void shouldAskBeforeSavingAFlowWithADanglingRequiredOutcome() throws Exception {
        // given: greet's required 'next' disconnected
        AtomicReference<FlowEditor> editor = new AtomicReference<>();
        StudioUi.onUi(() -> {
            editor.set(open(bank));
            WirePart wire = (WirePart) editor.get().viewer().getEditPartRegistry().get(new OutcomeWire("greet", "next", "check-hours"));
            editor.get().commandStack().execute(wire.getCommand(new GroupRequest(RequestConstants.REQ_DELETE)));
            assertThat(editor.get().danglingOutcomes()).containsExactly("greet: next");
        });

        // when: the analyst saves and answers Cancel
        Shell first = saveAndWaitForTheQuestion(editor.get());
        StudioUi.onUi(() -> {
            assertThat(textOf(first)).contains("greet: next");
            press(first, "Cancel");
        });

        // then: nothing is written, the editor keeps its edits
        await().atMost(Duration.ofSeconds(30)).until(() -> StudioUi.onUi(() -> first.isDisposed()));
        assertThat(Files.readString(bank)).isEqualTo(original);
        assertThat(StudioUi.onUi(() -> editor.get().isDirty())).isTrue();

        // when: the analyst saves again and answers Save anyway
        Shell second = saveAndWaitForTheQuestion(editor.get());
        StudioUi.onUi(() -> press(second, "Save anyway"));

        // then: the flow is written as edited
        await().atMost(Duration.ofSeconds(30)).until(() -> StudioUi.onUi(() -> !editor.get().isDirty()));
        assertThat(Files.readString(bank)).isEqualTo(StudioUi.onUi(() -> editor.get().diagram().text())).isNotEqualTo(original);
    }

    @Test
    void shouldSaveAFlowWithoutDanglingOutcomesWithoutAsking() throws Exception {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            editor.commandStack().execute(commandsOf(editor).move("greet", 60, 80));
            assertThat(editor.danglingOutcomes()).isEmpty();
            editor.doSave(null);
            assertThat(editor.isDirty()).isFalse();
        });
        assertThat(Files.readString(bank)).isNotEqualTo(original);
    }

    /** Saves on the UI thread's queue (the question blocks it) and gives the question's shell. */
    private static Shell saveAndWaitForTheQuestion(FlowEditor editor) {
        StudioUi.onUi(() -> Display.getCurrent().asyncExec(() -> editor.doSave(null)));
        AtomicReference<Shell> question = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> StudioUi.onUi(() -> {
            Arrays.stream(Display.getCurrent().getShells())
                    .filter(s -> !s.isDisposed() && s.isVisible() && s.getText().equals("Outcomes lead nowhere")).findFirst()
                    .ifPresent(question::set);
            return question.get() != null;
        }));
        return question.get();
    }

    private static void press(Shell shell, String text) {
        Button button = find(shell, Button.class, b -> b.getText().replace("&", "").equals(text));
        assertThat(button).as(text).isNotNull();
        button.notifyListeners(SWT.Selection, null);
    }

    private static String textOf(Shell shell) {
        Label label = find(shell, Label.class, l -> l.getText().contains(":"));
        return label == null ? "" : label.getText();
    }

    private static <T extends Control> T find(Control control, Class<T> kind, java.util.function.Predicate<T> which) {
        if (kind.isInstance(control) && which.test(kind.cast(control))) {
            return kind.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, kind, which);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
