package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.centralita.designer.app.FlowsDirectory;
import org.centralita.designer.editor.FlowTextEditor;
import org.centralita.designer.model.ProblemBoard;
import org.centralita.designer.model.RuntimeValidation;
import org.centralita.designer.views.FlowsExplorerView;
import org.centralita.designer.views.ProblemsView;
import org.centralita.flows.validate.Problem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The problems view lists every message of the flows directory, the runtime's included (rule
 * files compiled by Drools, calendars), and a double-click on one goes to its line in the text
 * editor, which marks it (the message on hover) and marks again when the file is saved.
 */
class DirectoryProblemsTest {

    private static final Duration RUNTIME = Duration.ofSeconds(180);

    @AfterEach
    void backToTheExamples() {
        StudioUi.onUi(StudioUi::backToTheExamples);
    }

    private static FlowsExplorerView explorer() throws Exception {
        return (FlowsExplorerView) StudioUi.page().showView(FlowsExplorerView.ID);
    }

    private static ProblemsView problemsView() throws Exception {
        return (ProblemsView) StudioUi.page().showView(ProblemsView.ID);
    }

    /** Points Studio at {@code flows} and lists it in the explorer, the problems view shown. */
    private static void listInStudio(Path flows) {
        StudioUi.onUi(() -> {
            FlowsDirectory.set(flows);
            problemsView();
            explorer().refresh();
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Problem> listed() {
        return StudioUi.onUi(() -> (List<Problem>) problemsView().table().getInput());
    }

    private static Optional<Problem> listedAbout(Path file) {
        return listed().stream().filter(p -> p.isError() && Path.of(p.position().file()).equals(file)).findFirst();
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void shouldListTheRuntimesRuleAndCalendarErrorsAndGoToTheirLineOnDoubleClick() throws Exception {
        // given: a flows directory whose rule file does not compile and whose calendar has an hour 27
        assertThat(RuntimeValidation.home()).as("centralita.home, set by the build").isPresent();
        Path flows = StudioUi.copyOfExamples();
        Path rules = flows.resolve("rules/bank-routing.drl");
        String goodRules = Files.readString(rules);
        Files.writeString(rules, goodRules.replace("$d.outcome(\"vip\");", "$d.outcome(\"vip\")  ;; oops("));
        Path calendar = flows.resolve("calendars/bank-contact-center.yaml");
        Files.writeString(calendar, Files.readString(calendar).replace("\"08:00-20:00\"", "\"08:00-27:00\""));

        // when: Studio lists the directory
        listInStudio(flows);

        // then: the runtime's messages about the rule file and the calendar are listed
        await().atMost(RUNTIME).until(() -> listedAbout(rules).isPresent() && listedAbout(calendar).isPresent());
        await().atMost(Duration.ofSeconds(10)).until(() -> StudioUi.onUi(() -> problemsView().statusText().isEmpty()));
        Problem ruleError = listedAbout(rules).orElseThrow();
        assertThat(ruleError.position().line()).isBetween(lineOf(rules, "oops(") - 1, lineOf(rules, "oops(") + 1);
        Problem calendarError = listedAbout(calendar).orElseThrow();
        assertThat(calendarError.position().line()).isEqualTo(lineOf(calendar, "27:00"));

        // when: the analyst double-clicks the rule file's message
        StudioUi.onUi(() -> {
            ProblemsView view = problemsView();
            view.table().setSelection(new StructuredSelection(ruleError), true);
            view.table().getTable().notifyListeners(SWT.DefaultSelection, new Event());
            StudioUi.drain();
        });

        // then: the rule file is open in the text editor at the message's line, marked, the
        // message on hover
        StudioUi.onUi(() -> {
            FlowTextEditor editor = (FlowTextEditor) StudioUi.page().getActiveEditor();
            assertThat(editor.getEditorInput().getName()).isEqualTo("bank-routing.drl");
            int line = ruleError.position().line();
            assertThat(editor.caretLine()).isEqualTo(line);
            assertThat(editor.markedLines()).contains(line);
            assertThat(editor.bannerText()).contains(ruleError.message());
            Event move = new Event();
            move.x = 20;
            move.y = editor.textWidget().getLinePixel(line - 1) + 2;
            editor.textWidget().notifyListeners(SWT.MouseMove, move);
            assertThat(editor.textWidget().getToolTipText()).contains(ruleError.message());
            move.y = editor.textWidget().getLinePixel(0) + 2;
            editor.textWidget().notifyListeners(SWT.MouseMove, move);
            assertThat(editor.textWidget().getToolTipText()).isNull();
        });

        // when: the analyst corrects the rule and saves
        StudioUi.onUi(() -> {
            FlowTextEditor editor = (FlowTextEditor) StudioUi.page().getActiveEditor();
            editor.textWidget().setText(goodRules);
            assertThat(editor.isDirty()).isTrue();
            editor.doSave(null);
        });

        // then: the runtime checks the directory again; the rule file's message and marks are gone,
        // the calendar's stays
        await().atMost(RUNTIME).until(() -> listedAbout(rules).isEmpty() && ProblemBoard.get().checked()
                && StudioUi.onUi(() -> ((FlowTextEditor) StudioUi.page().getActiveEditor()).markedLines().isEmpty()));
        assertThat(listedAbout(calendar)).isPresent();
    }

    @Test
    void shouldMoveTheMarksWithTheTextAsTypedAndClearThemWhenTheTypedTextIsRight() throws Exception {
        // given: the rule file that does not compile, open in the text editor with its error marked
        Path flows = StudioUi.copyOfExamples();
        Path rules = flows.resolve("rules/bank-routing.drl");
        String goodRules = Files.readString(rules);
        String badRules = goodRules.replace("$d.outcome(\"vip\");", "$d.outcome(\"vip\")  ;; oops(");
        Files.writeString(rules, badRules);
        listInStudio(flows);
        await().atMost(RUNTIME).until(() -> listedAbout(rules).isPresent());
        Problem saved = listedAbout(rules).orElseThrow();
        int line = saved.position().line();
        List<Integer> marked = StudioUi.onUi(() -> {
            FlowTextEditor editor = (FlowTextEditor) org.centralita.designer.editor.EditorOpener.open(StudioUi.page(), rules);
            assertThat(editor.markedLines()).contains(line);
            return editor.markedLines();
        });
        List<Integer> markedTwoLinesDown = marked.stream().map(l -> l + 2).toList();
        StudioUi.onUi(() -> {
            FlowTextEditor editor = activeText();

            // when: two lines are typed above it (not saved)
            editor.textWidget().replaceTextRange(0, 0, "// routing reviewed in March\n// ask the VIP team first\n");
            // then: until the typing rests, the marks are those of the saved file
            assertThat(editor.markedLines()).isEqualTo(marked);
        });

        // then: once the text rested, the runtime's check of the typed text marks the error two lines down
        await().atMost(RUNTIME).until(() -> StudioUi.onUi(() -> activeText().markedLines()).equals(markedTwoLinesDown));
        StudioUi.onUi(() -> {
            FlowTextEditor editor = activeText();
            assertThat(editor.messagesAt(line + 2)).contains(saved.message());
            assertThat(editor.messagesAt(line)).doesNotContain(saved.message());
            assertThat(editor.isDirty()).isTrue();

            // when: the rule is corrected in the text, still not saved
            editor.textWidget().setText("// routing reviewed in March\n// ask the VIP team first\n" + goodRules);
        });

        // then: the marks are gone; the file and the problems view (about the file as saved) are unchanged
        await().atMost(RUNTIME).until(() -> StudioUi.onUi(() -> activeText().markedLines().isEmpty() && !activeText().checking()));
        assertThat(Files.readString(rules)).isEqualTo(badRules);
        assertThat(listedAbout(rules)).isPresent();
        StudioUi.onUi(() -> assertThat(activeText().bannerText()).doesNotContain(saved.message()));
    }

    private static FlowTextEditor activeText() {
        return (FlowTextEditor) StudioUi.page().getActiveEditor();
    }

    @Test
    void shouldSelectTheNodeAndFocusItsFieldOnDoubleClickOfAFlowsMessage() throws Exception {
        // given: the bank's flow with greet's 'next' going to a node that does not exist
        Path flows = StudioUi.copyOfExamples();
        Path bank = flows.resolve("bank-main.flow.yaml");
        Files.writeString(bank, Files.readString(bank).replace("next: check-hours", "next: check-hourz"));
        listInStudio(flows);
        await().atMost(RUNTIME).until(() -> listedAbout(bank).filter(p -> "greet".equals(p.node())).isPresent());
        Problem problem = listedAbout(bank).orElseThrow();

        // when: the analyst double-clicks it (in Studio's window, the active one: without a window
        // manager, a dialog of an earlier test may have left none active)
        StudioUi.onUi(() -> {
            StudioUi.page().getWorkbenchWindow().getShell().forceActive();
            StudioUi.drain();
            ProblemsView view = problemsView();
            view.table().setSelection(new StructuredSelection(problem), true);
            view.table().getTable().notifyListeners(SWT.DefaultSelection, new Event());
        });

        // then: the flow is open with greet selected, and the properties view's box of 'next' has the focus
        java.util.concurrent.atomic.AtomicReference<String> state = new java.util.concurrent.atomic.AtomicReference<>("");
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> StudioUi.onUi(() -> {
                StudioUi.drain();
                state.set(focusState());
                return state.get().equals("editor selected greet outcome/next focused");
            }));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            assertThat(state.get()).isEqualTo("editor selected greet outcome/next focused");
        }
    }

    /** Where the double-click took the analyst, in words. */
    private static String focusState() {
        if (!(StudioUi.page().getActiveEditor() instanceof org.centralita.designer.editor.FlowEditor editor)) {
            return "no flow editor: " + StudioUi.page().getActiveEditor();
        }
        String said = "editor";
        said += editor.viewer().getSelectedEditParts().contains(editor.partOf("greet")) ? " selected" : " not selected";
        var sheet = (org.eclipse.ui.views.properties.PropertySheet) StudioUi.page().findView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
        if (sheet == null || !(sheet.getCurrentPage() instanceof org.centralita.designer.properties.NodePropertiesPage form)) {
            return said + " no form: " + (sheet == null ? null : sheet.getCurrentPage());
        }
        said += " " + form.nodeId();
        var control = form.control("outcome/next");
        if (control.isEmpty()) {
            return said + " no outcome/next";
        }
        org.eclipse.swt.widgets.Control focus = org.eclipse.swt.widgets.Display.getCurrent().getFocusControl();
        return said + " outcome/next " + (control.get().isFocusControl() ? "focused"
                : "not focused (focus: " + (focus == null ? null : focus.getClass().getSimpleName() + " " + focus.getData(
                        org.centralita.designer.properties.NodePropertiesPage.FIELD)) + ")");
    }

    @Test
    void shouldSayInTheViewWhenTheRuntimeIsNotThereAndStillListTheFlowsMessages() throws Exception {
        // given: centralita.home names a directory without the runtime's launcher, and a flow
        // with an outcome to nowhere
        Path flows = StudioUi.copyOfExamples();
        Path bank = flows.resolve("bank-main.flow.yaml");
        Files.writeString(bank, Files.readString(bank).replace("next: check-hours", "next: check-hourz"));
        Path empty = Files.createTempDirectory("no-runtime");
        String home = System.getProperty(RuntimeValidation.HOME);
        System.setProperty(RuntimeValidation.HOME, empty.toString());
        try {
            // when: Studio lists the directory
            listInStudio(flows);

            // then: the view says why rule files and calendars are not checked, and lists the flow's error
            await().atMost(RUNTIME).until(() -> ProblemBoard.get().checked()
                    && StudioUi.onUi(() -> problemsView().statusText()).contains("no centralita launcher in " + empty));
            assertThat(listedAbout(bank)).get().satisfies(p -> {
                assertThat(p.node()).isEqualTo("greet");
                assertThat(p.message()).contains("check-hourz");
            });
        } finally {
            System.setProperty(RuntimeValidation.HOME, home);
        }
    }
}
