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
import org.centralita.designer.views.FlowsExplorerView;
import org.centralita.flows.model.FlowReader;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.validate.Validator;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The flows explorer's files: a new flow from File > New flow, and a flow, a calendar or a
 * recording renamed from the explorer's menu with the references of the other flows rewritten,
 * each through the real menus and dialogs, taken back by Edit > Undo and made again by Edit > Redo.
 */
class ExplorerFilesTest {

    private Path flows;

    @BeforeEach
    void pointStudioAtACopyOfTheExamples() {
        flows = StudioUi.copyOfExamples();
        StudioUi.onUi(() -> StudioUi.showDirectory(flows));
    }

    @AfterEach
    void backToTheExamples() {
        StudioUi.onUi(() -> {
            closeDialogs();
            StudioUi.backToTheExamples();
        });
    }

    private static FlowsExplorerView explorer() throws Exception {
        return (FlowsExplorerView) StudioUi.page().showView(FlowsExplorerView.ID);
    }

    @Test
    void shouldCreateAValidFlowFromFileNewFlowAndOpenIt() throws Exception {
        // when: File > New flow is chosen
        StudioUi.onUi(() -> Display.getCurrent().asyncExec(() -> select(menuItem(mainShell().getMenuBar(), "File", "New flow..."))));
        Shell wizard = awaitShell("New flow");

        // then: an id that is taken is refused, Finish stays off
        StudioUi.onUi(() -> {
            type(field(wizard, "id", Text.class), "bank-main");
            assertThat(button(wizard, "Finish").isEnabled()).isFalse();
            type(field(wizard, "id", Text.class), "Bad Id");
            assertThat(button(wizard, "Finish").isEnabled()).isFalse();

            // when: a free id, a name and a first language are given and Finish is pressed
            type(field(wizard, "id", Text.class), "water-billing");
            type(field(wizard, "name", Text.class), "Water billing: payments");
            Combo language = field(wizard, "language", Combo.class);
            language.setText("es-ES");
            language.notifyListeners(SWT.Modify, new Event());
            assertThat(button(wizard, "Finish").isEnabled()).isTrue();
            button(wizard, "Finish").notifyListeners(SWT.Selection, new Event());
        });

        // then: the file is written, reads as the flow asked for, validates without errors, and is open
        Path created = flows.resolve("water-billing.flow.yaml");
        await().atMost(Duration.ofSeconds(30)).until(() -> StudioUi.onUi(() -> openFlowEditor(created) != null));
        var flow = FlowReader.read(created);
        assertThat(flow.id()).isEqualTo("water-billing");
        assertThat(flow.name()).isEqualTo("Water billing: payments");
        assertThat(flow.languages()).containsExactly("es-ES");
        assertThat(flow.start()).isPresent();
        List<Problem> problems = new Validator().validate(FlowSet.load(List.of(flows))).problems();
        assertThat(problems.stream().filter(p -> p.position().file().endsWith("water-billing.flow.yaml")).toList()).isEmpty();
        assertThat(StudioUi.onUi(() -> openFlowEditor(created).diagram().flow().start())).contains("start");
        assertThat(StudioUi.onUi(() -> explorer().tree().getTree().getItem(0).getText())).isEqualTo("Flows (5)");
    }

    @Test
    void shouldRenameAFlowFromTheExplorerRewritingTheSubflowReferenceInTheOtherFlowThenUndoAndRedoIt() throws Exception {
        Path appointment = flows.resolve("citizen-appointment.flow.yaml");
        Path line = flows.resolve("citizen-line.flow.yaml");
        String lineBefore = Files.readString(line);
        assertThat(lineBefore).contains("flow: citizen-appointment");
        List<Problem> before = new Validator().validate(FlowSet.load(List.of(flows))).problems();
        AtomicReference<FlowEditor> lineEditor = new AtomicReference<>();

        // given: the calling flow open, the subflow selected in the explorer
        StudioUi.onUi(() -> {
            lineEditor.set((FlowEditor) EditorOpener.open(StudioUi.page(), line));
            FlowsExplorerView explorer = explorer();
            explorer.tree().setSelection(new StructuredSelection(appointment), true);
            // the explorer's menu offers a new flow too (the same wizard as File > New flow)
            assertThat(menuItem(explorer.tree().getControl().getMenu(), "New flow...").isEnabled()).isTrue();
            // when: Rename flow... of the explorer's menu
            Display.getCurrent().asyncExec(() -> select(menuItem(explorer.tree().getControl().getMenu(), "Rename flow...")));
        });

        // the new id is typed and the files that change are confirmed
        Shell ask = awaitShell("Rename flow");
        StudioUi.onUi(() -> {
            Text id = find(ask, Text.class, t -> true);
            assertThat(id.getText()).isEqualTo("citizen-appointment");
            id.setText("citizen-booking");
            button(ask, "OK").notifyListeners(SWT.Selection, new Event());
        });
        Shell confirm = awaitShell("Rename flow");
        StudioUi.onUi(() -> {
            assertThat(allText(confirm)).contains("citizen-line.flow.yaml").contains("citizen-booking.flow.yaml");
            button(confirm, "Yes").notifyListeners(SWT.Selection, new Event());
        });

        // then: the file has its new name and id, the other flow runs it by its new id
        Path booking = flows.resolve("citizen-booking.flow.yaml");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(booking) && !Files.exists(appointment));
        assertThat(FlowReader.read(booking).id()).isEqualTo("citizen-booking");
        assertThat(Files.readString(line)).contains("flow: citizen-booking").doesNotContain("flow: citizen-appointment");
        List<Problem> after = new Validator().validate(FlowSet.load(List.of(flows))).problems();
        assertThat(after.stream().filter(Problem::isError).count()).isEqualTo(before.stream().filter(Problem::isError).count());
        assertThat(after).hasSameSizeAs(before);

        // the open editor of the calling flow shows the rewritten reference, with nothing to save
        StudioUi.onUi(() -> {
            assertThat(lineEditor.get().diagram().text()).contains("flow: citizen-booking");
            assertThat(lineEditor.get().isDirty()).isFalse();
            List<String> listed = Arrays.stream(explorer().tree().getTree().getItem(0).getItems()).map(i -> i.getText()).toList();
            assertThat(listed).contains("citizen-booking.flow.yaml").doesNotContain("citizen-appointment.flow.yaml");
        });

        // when: Edit > Undo with the explorer active (its undo handler)
        StudioUi.onUi(() -> {
            FlowsExplorerView explorer = explorer();
            StudioUi.page().activate(explorer);
            IAction undo = explorer.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
            assertThat(undo.isEnabled()).isTrue();
            assertThat(undo.getText()).isEqualTo("Undo Rename flow 'citizen-appointment' to 'citizen-booking'");
            undo.run();
            assertThat(undo.isEnabled()).isFalse();
        });

        // then: the files are as they were, and the open editor shows it
        assertThat(Files.exists(appointment)).isTrue();
        assertThat(Files.exists(booking)).isFalse();
        assertThat(Files.readString(line)).isEqualTo(lineBefore);
        assertThat(FlowReader.read(appointment).id()).isEqualTo("citizen-appointment");
        StudioUi.onUi(() -> assertThat(lineEditor.get().diagram().text()).isEqualTo(lineBefore));

        // when: Edit > Redo with the explorer active, run as its key runs it
        StudioUi.onUi(() -> {
            FlowsExplorerView explorer = explorer();
            StudioUi.page().activate(explorer);
            IAction redo = explorer.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
            assertThat(redo.isEnabled()).isTrue();
            assertThat(redo.getText()).isEqualTo("Redo Rename flow 'citizen-appointment' to 'citizen-booking'");
            IBindingService keys = StudioUi.page().getWorkbenchWindow().getService(IBindingService.class);
            assertThat(keys.getActiveBindingsFor(IWorkbenchCommandConstants.EDIT_REDO)).isNotEmpty();
            Gestures.command(IWorkbenchCommandConstants.EDIT_REDO);
            assertThat(redo.isEnabled()).isFalse();
            IAction undo = explorer.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
            assertThat(undo.getText()).isEqualTo("Undo Rename flow 'citizen-appointment' to 'citizen-booking'");
        });

        // then: renamed again, the calling flow's reference and its open editor too
        assertThat(Files.exists(booking)).isTrue();
        assertThat(Files.exists(appointment)).isFalse();
        assertThat(FlowReader.read(booking).id()).isEqualTo("citizen-booking");
        assertThat(Files.readString(line)).isEqualTo(lineBefore.replace("flow: citizen-appointment", "flow: citizen-booking"));
        StudioUi.onUi(() -> {
            assertThat(lineEditor.get().diagram().text()).contains("flow: citizen-booking");
            assertThat(lineEditor.get().isDirty()).isFalse();
            List<String> listed = Arrays.stream(explorer().tree().getTree().getItem(0).getItems()).map(i -> i.getText()).toList();
            assertThat(listed).contains("citizen-booking.flow.yaml").doesNotContain("citizen-appointment.flow.yaml");
        });

        // when: the calling flow is changed on disk by another program, then Edit > Undo
        Files.writeString(line, Files.readString(line) + "# changed by hand\n");
        StudioUi.onUi(() -> {
            FlowsExplorerView explorer = explorer();
            Display.getCurrent().asyncExec(() -> {
                try {
                    Gestures.command(IWorkbenchCommandConstants.EDIT_UNDO);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        });
        // then: the rename is not taken back (the hand-made change would be lost): Studio says why
        Shell refused = awaitShell("Rename flow");
        StudioUi.onUi(() -> {
            assertThat(allText(refused)).contains("Changed on disk since the rename").contains("citizen-line.flow.yaml");
            button(refused, "OK").notifyListeners(SWT.Selection, new Event());
        });
        assertThat(Files.exists(booking)).isTrue();
        assertThat(Files.readString(line)).endsWith("# changed by hand\n");
    }

    @Test
    void shouldRenameACalendarFromTheExplorerRewritingTheFlowsThatNameItThenUndoAndRedoIt() throws Exception {
        Path calendar = flows.resolve("calendars/bank-contact-center.yaml");
        Path bank = flows.resolve("bank-main.flow.yaml");
        String bankBefore = Files.readString(bank);
        long errorsBefore = errors();

        // when: Rename... on the calendar in the explorer's menu, a new name typed and confirmed
        Shell confirm = renameFromExplorer(calendar, "Bad Name.yaml", "bank-advisers.yaml");
        StudioUi.onUi(() -> {
            assertThat(allText(confirm)).contains("bank-main.flow.yaml").contains("bank-advisers.yaml");
            button(confirm, "Yes").notifyListeners(SWT.Selection, new Event());
        });

        // then: the calendar has its new name and the bank's hours node names it, one line changed
        Path renamed = flows.resolve("calendars/bank-advisers.yaml");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(renamed) && !Files.exists(calendar));
        assertThat(Files.readString(bank)).isEqualTo(bankBefore.replace("calendar: bank-contact-center", "calendar: bank-advisers"));
        assertThat(errors()).isEqualTo(errorsBefore);

        // when: Edit > Undo with the explorer active
        undoInExplorer("Undo Rename bank-contact-center.yaml to bank-advisers.yaml");

        // then: as before
        assertThat(Files.exists(calendar)).isTrue();
        assertThat(Files.exists(renamed)).isFalse();
        assertThat(Files.readString(bank)).isEqualTo(bankBefore);

        // when: Edit > Redo with the explorer active, through the Edit menu
        StudioUi.onUi(() -> {
            StudioUi.page().activate(explorer());
            select(menuItem(mainShell().getMenuBar(), "Edit", "Redo Rename bank-contact-center.yaml to bank-advisers.yaml"));
            StudioUi.drain();
        });

        // then: renamed again, and Undo takes it back once more
        assertThat(Files.exists(renamed)).isTrue();
        assertThat(Files.exists(calendar)).isFalse();
        assertThat(Files.readString(bank)).isEqualTo(bankBefore.replace("calendar: bank-contact-center", "calendar: bank-advisers"));
        StudioUi.onUi(() -> {
            IAction undo = explorer().getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
            assertThat(undo.getText()).isEqualTo("Undo Rename bank-contact-center.yaml to bank-advisers.yaml");
            undo.run();
        });
        assertThat(Files.exists(calendar)).isTrue();
        assertThat(Files.readString(bank)).isEqualTo(bankBefore);
    }

    @Test
    void shouldRenameARecordingInEveryFormatFromTheExplorerRewritingThePromptsThatPlayItThenUndoIt() throws Exception {
        // given a recording in two formats, played by the bank's welcome prompt
        Path wav = flows.resolve("sounds/welcome.wav");
        Path gsm = flows.resolve("sounds/welcome.gsm");
        Files.createDirectories(wav.getParent());
        Files.write(wav, new byte[] {'R', 'I', 'F', 'F'});
        Files.write(gsm, new byte[] {1, 2, 3});
        Path bank = flows.resolve("bank-main.flow.yaml");
        Files.writeString(bank, Files.readString(bank).replace("    en-US: Welcome to Acme Bank.",
                "    en-US: [{audio: sounds/welcome}, {text: Welcome to Acme Bank.}]"));
        String bankBefore = Files.readString(bank);
        long errorsBefore = errors();
        StudioUi.onUi(() -> StudioUi.showDirectory(flows));

        // when: Rename... on the recording in the explorer's menu, a name with a dot refused, a good one typed and confirmed
        Shell confirm = renameFromExplorer(wav, "welcome.v2.wav", "greeting.wav");
        StudioUi.onUi(() -> {
            assertThat(allText(confirm)).contains("welcome.gsm \u2192 greeting.gsm").contains("welcome.wav \u2192 greeting.wav")
                    .contains("bank-main.flow.yaml");
            button(confirm, "Yes").notifyListeners(SWT.Selection, new Event());
        });

        // then: both formats have the new name and the prompt plays it, one line changed
        Path renamed = flows.resolve("sounds/greeting.wav");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(renamed) && !Files.exists(wav));
        assertThat(flows.resolve("sounds/greeting.gsm")).exists();
        assertThat(gsm).doesNotExist();
        assertThat(Files.readString(bank)).isEqualTo(bankBefore.replace("{audio: sounds/welcome}", "{audio: sounds/greeting}"));
        assertThat(errors()).isEqualTo(errorsBefore);

        // when: Edit > Undo with the explorer active, then: as before
        undoInExplorer("Undo Rename welcome.wav to greeting.wav");
        assertThat(wav).exists();
        assertThat(gsm).exists();
        assertThat(renamed).doesNotExist();
        assertThat(Files.readString(bank)).isEqualTo(bankBefore);
    }

    // ----- the real UI

    /** The directory's validation errors, as the runtime would count them. */
    private long errors() throws Exception {
        return new Validator().validate(FlowSet.load(List.of(flows))).problems().stream().filter(Problem::isError).count();
    }

    /** Edit > Undo with the explorer active: it names {@code label}, and is run. */
    private static void undoInExplorer(String label) {
        StudioUi.onUi(() -> {
            FlowsExplorerView explorer = explorer();
            StudioUi.page().activate(explorer);
            IAction undo = explorer.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
            assertThat(undo.getText()).isEqualTo(label);
            undo.run();
        });
    }


    /**
     * Rename... on {@code file} in the explorer's menu: the dialog offers its name, keeps OK off for
     * {@code refused}, takes {@code name}; returns the confirmation it opens.
     */
    private static Shell renameFromExplorer(Path file, String refused, String name) {
        StudioUi.onUi(() -> {
            FlowsExplorerView explorer = explorer();
            explorer.tree().setSelection(new StructuredSelection(file), true);
            Display.getCurrent().asyncExec(() -> select(menuItem(explorer.tree().getControl().getMenu(), "Rename...")));
        });
        Shell ask = awaitShell("Rename file");
        StudioUi.onUi(() -> {
            Text typed = find(ask, Text.class, t -> true);
            assertThat(typed.getText()).isEqualTo(file.getFileName().toString());
            typed.setText(refused);
            assertThat(button(ask, "OK").isEnabled()).isFalse();
            typed.setText(name);
            button(ask, "OK").notifyListeners(SWT.Selection, new Event());
        });
        return awaitShell("Rename file");
    }


    private static Shell mainShell() {
        return StudioUi.page().getWorkbenchWindow().getShell();
    }

    private static MenuItem menuItem(Menu menu, String... path) {
        Menu at = menu;
        MenuItem found = null;
        for (String label : path) {
            at.notifyListeners(SWT.Show, new Event());
            found = Arrays.stream(at.getItems()).filter(i -> i.getText().replace("&", "").split("\t")[0].equals(label))
                    .findFirst().orElseThrow(() -> new AssertionError("no menu item " + label));
            at = found.getMenu();
        }
        return found;
    }

    private static void select(MenuItem item) {
        item.notifyListeners(SWT.Selection, new Event());
    }

    private static Shell awaitShell(String title) {
        AtomicReference<Shell> shell = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> StudioUi.onUi(() -> {
            Arrays.stream(Display.getCurrent().getShells())
                    .filter(s -> s.isVisible() && s.getText().equals(title) && s != shell.get()).findFirst()
                    .ifPresent(shell::set);
            return shell.get() != null;
        }));
        return shell.get();
    }

    private static void closeDialogs() {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell != mainShell() && shell.isVisible()) {
                shell.close();
            }
        }
    }

    private static void type(Text text, String typed) {
        text.setText(typed);
        text.notifyListeners(SWT.Modify, new Event());
    }

    private static <T extends Control> T field(Control root, String key, Class<T> kind) {
        return find(root, kind, c -> key.equals(c.getData("centralita.field")));
    }

    private static Button button(Control root, String label) {
        return find(root, Button.class, b -> b.getText().replace("&", "").equals(label));
    }

    private static <T extends Control> T find(Control root, Class<T> kind, java.util.function.Predicate<T> wanted) {
        if (kind.isInstance(root) && wanted.test(kind.cast(root))) {
            return kind.cast(root);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, kind, wanted);
                if (found != null) {
                    return found;
                }
            }
        }
        if (root == null) {
            throw new AssertionError("nothing to search");
        }
        return null;
    }

    private static String allText(Control root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return String.join("\n", texts);
    }

    private static void collect(Control control, List<String> texts) {
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }

    private static FlowEditor openFlowEditor(Path file) {
        for (IEditorReference reference : StudioUi.page().getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part instanceof FlowEditor editor && editor.diagram().file().toAbsolutePath().normalize()
                    .equals(file.toAbsolutePath().normalize())) {
                return editor;
            }
        }
        return null;
    }
}
