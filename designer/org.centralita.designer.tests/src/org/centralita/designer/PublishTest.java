package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.centralita.designer.app.FlowsDirectory;
import org.centralita.designer.runtime.RuntimePreferencePage;
import org.centralita.designer.runtime.RuntimeSettings;
import org.centralita.designer.views.ProblemsView;
import org.centralita.designer.views.RuntimeView;
import org.centralita.flows.validate.Problem;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Publish and rollback from Studio against a real {@code centralita serve}: the runtime's URL and
 * token set in the preference page (the token encrypted in secure storage), the flows directory
 * published from the Runtime menu, the deployed versions listed with their dates, a rollback, a
 * publish refused by Studio's own validation and one refused by the runtime, each with its
 * problems in the problems view.
 */
class PublishTest {

    private static final Duration RUNTIME_ANSWER = Duration.ofMinutes(4);
    private static final String LINE = """
            centralita: 1
            id: publish-line
            name: Publish test line
            languages: [en-US]
            start: hello

            nodes:
              hello:
                type: play
                prompt: %s
                next: bye

              bye:
                type: hangup
                prompt: Goodbye.
            """;
    private static final String ROUTING = """
            centralita: 1
            id: routing-line
            name: Routing test line
            languages: [en-US]
            start: route

            nodes:
              route:
                type: rules
                rules: rules/routing.drl
                outcomes:
                  vip: bye
                default: bye

              bye:
                type: hangup
                prompt: Goodbye.
            """;
    private static final String RULES = """
            package test.routing

            import org.centralita.rules.Decision;

            rule "Everyone is a VIP"
            when
                $d : Decision()
            then
                $d.outcome("vip");%s
            end
            """;

    private static final String CRM = """
            centralita: 1
            id: crm-line
            name: CRM test line
            languages: [en-US]
            start: look-up

            nodes:
              look-up:
                type: crm
                connector: billing
                path: /accounts/1
                found: bye
                not-found: bye
                error: bye

              bye:
                type: hangup
                prompt: Goodbye.
            """;

    private RuntimeProcess runtime;
    private Path flows;

    @BeforeEach
    void publishToARealRuntime() throws Exception {
        runtime = RuntimeProcess.shared();
        TestSecureStorage.use();
        flows = Files.createTempDirectory("centralita-publish");
        Files.createDirectories(flows.resolve("rules"));
        Files.writeString(flows.resolve("publish-line.flow.yaml"), LINE.formatted("Hello from version one."));
        Files.writeString(flows.resolve("routing-line.flow.yaml"), ROUTING);
        Files.writeString(flows.resolve("rules/routing.drl"), RULES.formatted(""));
        StudioUi.onUi(() -> FlowsDirectory.set(flows));
    }

    @AfterEach
    void backToTheExamples() {
        StudioUi.onUi(() -> FlowsDirectory.set(StudioUi.examples()));
    }

    @Test
    void shouldPublishListTheVersionsWithTheirDatesAndRollBack() throws Exception {
        // given: the runtime's URL and token typed into the preference page and OK pressed
        StudioUi.onUi(() -> {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(StudioUi.page().getWorkbenchWindow().getShell(),
                    RuntimePreferencePage.ID, new String[] {RuntimePreferencePage.ID}, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            ((RuntimePreferencePage) dialog.getSelectedPage()).enter(runtime.url(), runtime.token());
            press(dialog.getShell(), StudioUi.findButton(dialog.getShell(), "Apply and Close") != null ? "Apply and Close" : "OK");
        });
        assertThat(StudioUi.onUi(RuntimeSettings::url)).isEqualTo(runtime.url());
        assertThat(StudioUi.onUi(RuntimeSettings::token)).isEqualTo(runtime.token());
        // and the token is kept encrypted: never in clear in the storage's file
        assertThat(StudioUi.onUi(RuntimeSettings::tokenIsEncrypted)).isTrue();
        assertThat(Files.readString(TestSecureStorage.location(), StandardCharsets.ISO_8859_1)).doesNotContain(runtime.token());

        // when: Runtime > Publish, through the real menu item
        StudioUi.onUi(() -> StudioUi.runMenuItem("Runtime", "Publish the flows directory"));

        // then: the runtime's answer is shown and the versions listed, each with its date
        RuntimeView view = StudioUi.onUi(() -> (RuntimeView) StudioUi.page().findView(RuntimeView.ID));
        await().atMost(RUNTIME_ANSWER).until(() -> StudioUi.onUi(view::answerText).contains("published publish-line version 1"));
        assertThat(StudioUi.onUi(view::answerText)).contains("published routing-line version 1");
        List<RuntimeView.VersionRow> rows = StudioUi.onUi(() -> rowsOf(view, "publish-line"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).active()).isTrue();
        assertThat(Instant.parse(rows.get(0).version().publishedAt())).isBetween(Instant.now().minusSeconds(600), Instant.now());
        assertThat(rows.get(0).version().publishedBy()).contains("Centralita Studio");

        // when: the flow is changed and published again
        Files.writeString(flows.resolve("publish-line.flow.yaml"), LINE.formatted("Hello from version two."));
        StudioUi.onUi(view::publish);

        // then: version 2 is active, version 1 kept, newest first; routing-line unchanged
        await().atMost(RUNTIME_ANSWER).until(() -> StudioUi.onUi(view::answerText).contains("published publish-line version 2"));
        assertThat(StudioUi.onUi(view::answerText)).contains("unchanged routing-line version 1");
        rows = StudioUi.onUi(() -> rowsOf(view, "publish-line"));
        assertThat(rows.stream().map(r -> r.version().version()).toList()).containsExactly(2, 1);
        assertThat(rows.stream().map(RuntimeView.VersionRow::active).toList()).containsExactly(true, false);

        // when: version 1 is selected in the table and the rollback button pressed
        RuntimeView.VersionRow first = rows.get(1);
        StudioUi.onUi(() -> {
            view.versionsViewer().setSelection(new StructuredSelection(first), true);
            press(view.versionsViewer().getControl().getParent(), "Roll back to this version");
        });

        // then: the runtime serves version 1 again, and the view says so
        await().atMost(RUNTIME_ANSWER).until(() -> StudioUi.onUi(view::answerText).contains("rolled back to version 1"));
        assertThat(StudioUi.onUi(() -> rowsOf(view, "publish-line")).stream().filter(RuntimeView.VersionRow::active)
                .map(r -> r.version().version()).toList()).containsExactly(1);
        assertThat(runtime.get("/flows/publish-line").body()).contains("\"active\":1");
    }

    @Test
    void shouldRefuseToUploadAnInvalidFlowAndListItsErrors() throws Exception {
        // given: a flow whose node leads to a node that does not exist
        TestSecureStorage.pointAt(runtime);
        Files.writeString(flows.resolve("publish-line.flow.yaml"), LINE.formatted("Hello.").replace("next: bye", "next: nowhere"));
        String before = runtime.get("/flows").body();

        // when: published
        RuntimeView view = StudioUi.onUi(() -> RuntimeView.show(StudioUi.page()));
        StudioUi.onUi(view::publish);

        // then: refused here, nothing uploaded, the error in the problems view
        await().atMost(RUNTIME_ANSWER).until(() -> StudioUi.onUi(view::answerText).contains("Publish refused: 1 error(s)"));
        assertThat(StudioUi.onUi(view::answerText)).contains("nothing was uploaded");
        await().atMost(Duration.ofSeconds(30)).until(() -> problemsShown().stream()
                .anyMatch(p -> p.isError() && "hello".equals(p.node()) && p.message().contains("nowhere")));
        assertThat(runtime.get("/flows").body()).isEqualTo(before);
    }

    @Test
    void shouldRefuseARuleFileTheRuntimesValidationRefusesBeforeUploading() throws Exception {
        // given: a rule file the rules sandbox refuses (Drools runs in the runtime, not in Studio)
        TestSecureStorage.pointAt(runtime);
        Files.writeString(flows.resolve("rules/routing.drl"), RULES.formatted(" $d.getClass();"));
        String before = runtime.get("/flows").body();

        // when: published
        RuntimeView view = StudioUi.onUi(() -> RuntimeView.show(StudioUi.page()));
        StudioUi.onUi(view::publish);

        // then: refused once the runtime's validation of the directory has answered, nothing uploaded
        await().atMost(RUNTIME_ANSWER).until(() -> StudioUi.onUi(view::answerText).contains("Publish refused: 1 error(s)"));
        assertThat(problemsShown()).anyMatch(p -> p.isError() && "route".equals(p.node()) && p.message().contains("getClass"));
        assertThat(runtime.get("/flows").body()).isEqualTo(before);
    }

    @Test
    void shouldShowTheProblemsOfAPublishTheRuntimeRefused() throws Exception {
        // given: a CRM look-up through a connector the runtime is not configured with (only the
        // serving runtime knows its connectors: the validation of the directory cannot tell)
        TestSecureStorage.pointAt(runtime);
        Files.writeString(flows.resolve("crm-line.flow.yaml"), CRM);

        // when: published
        RuntimeView view = StudioUi.onUi(() -> RuntimeView.show(StudioUi.page()));
        StudioUi.onUi(view::publish);

        // then: the runtime's answer, and its problem at the node in the problems view
        await().atMost(RUNTIME_ANSWER).until(() -> StudioUi.onUi(view::answerText).contains("refused the publish"));
        assertThat(StudioUi.onUi(view::answerText)).contains("publish refused: nothing was changed");
        await().atMost(Duration.ofSeconds(30)).until(() -> problemsShown().stream().anyMatch(p -> p.isError()
                && "look-up".equals(p.node()) && p.message().startsWith("runtime: ") && p.message().contains("billing")
                && p.position().file().equals(flows.resolve("crm-line.flow.yaml").toString())));
    }

    @Test
    void shouldNameAWrongTokenInsteadOfPublishing() throws Exception {
        TestSecureStorage.pointAt(runtime);
        StudioUi.onUi(() -> RuntimeSettings.setToken("not-the-token"));
        RuntimeView view = StudioUi.onUi(() -> RuntimeView.show(StudioUi.page()));
        StudioUi.onUi(view::publish);
        await().atMost(RUNTIME_ANSWER).until(() -> StudioUi.onUi(view::answerText).contains("refused the admin token (401)"));
        assertThat(StudioUi.onUi(view::answerText)).doesNotContain("Exception");
    }

    private static List<RuntimeView.VersionRow> rowsOf(RuntimeView view, String flow) {
        return view.versionRows().stream().filter(r -> r.flow().equals(flow)).toList();
    }

    private static List<Problem> problemsShown() {
        return StudioUi.onUi(() -> {
            ProblemsView problems = (ProblemsView) StudioUi.page().findView(ProblemsView.ID);
            return Arrays.stream(problems.table().getTable().getItems()).map(i -> (Problem) i.getData()).toList();
        });
    }

    static void press(Control root, String text) {
        Button button = StudioUi.findButton(root, text);
        assertThat(button).as("button " + text).isNotNull();
        button.notifyListeners(SWT.Selection, new Event());
        Display.getCurrent().readAndDispatch();
    }
}
