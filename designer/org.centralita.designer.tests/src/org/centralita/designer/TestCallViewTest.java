package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.figures.NodeFigure;
import org.centralita.designer.parts.NodePart;
import org.centralita.designer.parts.WirePart;
import org.centralita.designer.testcall.BreakpointAction;
import org.centralita.designer.testcall.TestCallView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The test call view driven as an analyst drives it, against the real runtime
 * ({@code centralita simulate --control json} and {@code centralita test} as child processes;
 * the build passes {@code centralita.home}).
 */
class TestCallViewTest {

    private static final String SHOP = """
            centralita: 1
            id: shop
            start: greet
            variables:
              pin: {type: digits, sensitive: true}
            nodes:
              greet: {type: play, prompt: Welcome to the shop., next: menu}
              menu:
                type: menu
                prompt: For orders press 1 or say orders. For returns press 2 or say returns.
                options:
                  "1": {say: [orders], next: ask-pin}
                  "2": {say: [returns], next: returns}
                max-retries: bye
              ask-pin:
                type: input
                prompt: Enter your PIN.
                min-digits: 4
                max-digits: 4
                store: pin
                next: read-back
                max-retries: bye
              read-back: {type: play, prompt: "You entered ${pin}.", next: orders}
              orders: {type: queue, queue: orders, overflow: bye}
              returns: {type: transfer, to: PJSIP/returns, busy: bye}
              bye: {type: hangup, prompt: Goodbye.}
            layout:
              greet: {x: 20, y: 40}
              menu: {x: 240, y: 40}
              ask-pin: {x: 460, y: 20}
              read-back: {x: 680, y: 20}
              orders: {x: 900, y: 20}
              returns: {x: 460, y: 200}
              bye: {x: 680, y: 200}
            """;
    private static final Duration CALL = Duration.ofSeconds(120);

    private Path flow;
    private FlowEditor editor;
    private TestCallView view;

    @BeforeEach
    void openFlowAndView() throws Exception {
        flow = Files.createTempDirectory("centralita-testcall").resolve("shop.flow.yaml");
        Files.writeString(flow, SHOP);
        StudioUi.onUi(() -> {
            editor = (FlowEditor) EditorOpener.open(StudioUi.page(), flow);
            view = TestCallView.shown(StudioUi.page());
            StudioUi.page().activate(editor);
            // the view stays open from one test to the next: each starts from its defaults
            ((Button) view.control("speak")).setSelection(false);
            ((Button) view.control("stepMode")).setSelection(false);
            ((Text) view.control("at")).setText("");
            ((Text) view.control("ani")).setText("");
            StudioUi.drain();
        });
    }

    @AfterEach
    void closeAll() {
        StudioUi.onUi(() -> {
            press("stop", false);
            StudioUi.page().closeAllEditors(false);
        });
    }

    @Test
    void shouldWalkTheExpectedPathByWordsAndKeysWithTheNodesLitInOrder() throws Exception {
        // given: the clock and the caller's number, and the prompts spoken aloud (no audio device here: read only)
        StudioUi.onUi(() -> {
            ((Text) view.control("at")).setText("2026-11-24T10:00:00-05:00");
            ((Text) view.control("ani")).setText("+12125550123");
            ((Button) view.control("speak")).setSelection(true);
        });

        // when: a call is started, and the caller says "orders" at the menu
        StudioUi.onUi(() -> press("start"));
        awaitOnUi(() -> "menu".equals(view.waitingAt()));
        Map<String, NodeFigure.Visit> atMenu = StudioUi.onUi(() -> visits());
        boolean greetToMenuTaken = StudioUi.onUi(() -> taken("greet", "menu"));
        StudioUi.onUi(() -> {
            ((Text) view.control("words")).setText("orders");
            press("say");
        });

        // and: keys the PIN on the keypad
        awaitOnUi(() -> "ask-pin".equals(view.waitingAt()));
        Map<String, NodeFigure.Visit> atPin = StudioUi.onUi(() -> visits());
        StudioUi.onUi(() -> {
            for (String key : List.of("4", "3", "2", "1")) {
                press("key-" + key);
            }
            assertThat(((Text) view.control("keys")).getText()).isEqualTo("4321");
            press("send");
        });
        awaitOnUi(() -> view.end() != null);

        // then: the menu was lit with the greeting behind it, then the PIN's node, and the call queued
        assertThat(atMenu).containsEntry("greet", NodeFigure.Visit.PASSED).containsEntry("menu", NodeFigure.Visit.CURRENT)
                .containsEntry("ask-pin", NodeFigure.Visit.NONE).containsEntry("orders", NodeFigure.Visit.NONE);
        assertThat(greetToMenuTaken).isTrue();
        assertThat(atPin).containsEntry("menu", NodeFigure.Visit.PASSED).containsEntry("ask-pin", NodeFigure.Visit.CURRENT)
                .containsEntry("read-back", NodeFigure.Visit.NONE);
        assertThat(StudioUi.onUi(() -> view.end())).isEqualTo("queue");
        assertThat(StudioUi.onUi(() -> view.path())).containsExactly("greet", "menu", "ask-pin", "read-back", "orders");
        Map<String, NodeFigure.Visit> atEnd = StudioUi.onUi(() -> visits());
        assertThat(atEnd).containsEntry("orders", NodeFigure.Visit.CURRENT).containsEntry("read-back", NodeFigure.Visit.PASSED)
                .containsEntry("returns", NodeFigure.Visit.NONE).containsEntry("bye", NodeFigure.Visit.NONE);
        assertThat(StudioUi.onUi(() -> taken("menu", "ask-pin") && taken("read-back", "orders") && !taken("menu", "returns")))
                .isTrue();
        List<String> transcript = StudioUi.onUi(() -> view.transcriptLines());
        assertThat(transcript).contains("    < Welcome to the shop.", "    < Enter your PIN.", "    > orders", "    < ***");
        assertThat(String.join("\n", transcript)).doesNotContain("4321");
        assertThat(StudioUi.onUi(() -> view.watchedVariables())).containsEntry("pin", "***");
        screenshot("test-call-view");
    }

    @Test
    void shouldTimeOutOnSilenceAndEndOnAHangUp() throws Exception {
        StudioUi.onUi(() -> press("start"));
        for (int attempt = 1; attempt <= 3; attempt++) {
            awaitOnUi(() -> "menu".equals(view.waitingAt()));
            StudioUi.onUi(() -> press("silence"));
        }
        awaitOnUi(() -> view.end() != null);
        List<String> silent = StudioUi.onUi(() -> view.path());
        String silentEnd = StudioUi.onUi(() -> view.end());
        List<String> transcript = StudioUi.onUi(() -> view.transcriptLines());
        awaitOnUi(() -> view.control("start").isEnabled());

        StudioUi.onUi(() -> press("start"));
        awaitOnUi(() -> "menu".equals(view.waitingAt()));
        StudioUi.onUi(() -> press("hangup"));
        awaitOnUi(() -> view.end() != null);

        assertThat(silent).containsExactly("greet", "menu", "bye");
        assertThat(silentEnd).isEqualTo("hangup");
        assertThat(transcript).contains("    - no input (attempt 3)", "    < Goodbye.");
        assertThat(StudioUi.onUi(() -> view.end())).isEqualTo("caller-hangup");
        assertThat(StudioUi.onUi(() -> view.path())).containsExactly("greet", "menu");
        assertThat(StudioUi.onUi(() -> view.transcriptLines())).contains("    hang-up by the caller");
    }

    @Test
    void shouldPauseInStepModeAndAtABreakpointSetFromTheEditor() throws Exception {
        // given: a breakpoint on ask-pin from the editor's context menu action
        StudioUi.onUi(() -> {
            editor.selectNodes(List.of("ask-pin"));
            new BreakpointAction(editor).run();
            ((Button) view.control("stepMode")).setSelection(true);
        });
        assertThat(StudioUi.onUi(() -> ((NodePart) editor.partOf("ask-pin")).nodeFigure().hasBreakpoint())).isTrue();

        // when: a call starts in step mode
        StudioUi.onUi(() -> press("start"));
        awaitOnUi(() -> "greet".equals(view.pausedAt()));
        boolean greetLit = StudioUi.onUi(() -> visits().get("greet") == NodeFigure.Visit.CURRENT);
        StudioUi.onUi(() -> press("step"));
        awaitOnUi(() -> "menu".equals(view.pausedAt()));
        StudioUi.onUi(() -> press("continue"));
        awaitOnUi(() -> "menu".equals(view.waitingAt()));
        StudioUi.onUi(() -> {
            press("key-1");
            press("send");
        });

        // then: it pauses at the breakpoint, and goes on when told
        awaitOnUi(() -> "ask-pin".equals(view.pausedAt()));
        String status = StudioUi.onUi(() -> view.statusText());
        StudioUi.onUi(() -> press("continue"));
        awaitOnUi(() -> "ask-pin".equals(view.waitingAt()));
        StudioUi.onUi(() -> press("hangup"));
        awaitOnUi(() -> view.end() != null);

        assertThat(greetLit).isTrue();
        assertThat(status).contains("breakpoint").contains("ask-pin");
        assertThat(StudioUi.onUi(() -> view.path())).containsExactly("greet", "menu", "ask-pin");
        StudioUi.onUi(() -> new BreakpointAction(editor).run());
        assertThat(StudioUi.onUi(() -> ((NodePart) editor.partOf("ask-pin")).nodeFigure().hasBreakpoint())).isFalse();
    }

    @Test
    void shouldSaveTheCallNextToTheFlowAndRunTheSavedCallsMarkingTheBrokenOne() throws Exception {
        // given: a calls file already there, with a comment and a call whose path no longer holds
        Path calls = flow.resolveSibling("shop.calls.yaml");
        String before = """
                # Calls kept by hand: this comment stays.
                calls:
                  - name: returns by keys, written wrongly
                    keys: "2"
                    path: [greet, menu, orders]
                    end: transfer
                """;
        Files.writeString(calls, before);
        StudioUi.onUi(() -> StudioUi.page().activate(editor));

        // when: a call by keys is made and saved as a test
        StudioUi.onUi(() -> press("start"));
        awaitOnUi(() -> "menu".equals(view.waitingAt()));
        StudioUi.onUi(() -> {
            press("key-1");
            press("send");
        });
        awaitOnUi(() -> "ask-pin".equals(view.waitingAt()));
        StudioUi.onUi(() -> {
            ((Text) view.control("keys")).setText("1234");
            press("send");
        });
        awaitOnUi(() -> view.control("save").isEnabled());
        StudioUi.onUi(() -> {
            ((Text) view.control("name")).setText("orders by keys");
            press("save");
        });
        String after = Files.readString(calls);

        // then: the call is appended after what was there, as `centralita test` reads it, and passes
        assertThat(after).startsWith(before).contains("""
                  - name: "orders by keys"
                    keys: "1,1234"
                    path: [greet, menu, ask-pin, read-back, orders]
                    end: queue
                """);
        assertThat(StudioUi.onUi(() -> view.savedCalls())).containsOnlyKeys("returns by keys, written wrongly",
                "orders by keys");
        Process test = new ProcessBuilder("sh", Path.of(System.getProperty("centralita.home"), "centralita").toString(),
                "test", calls.toString()).redirectErrorStream(true).start();
        String output = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(test.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).containsPattern("PASS \\S*shop\\.calls\\.yaml:7 orders by keys")
                .containsPattern("FAIL \\S*shop\\.calls\\.yaml:3 returns by keys, written wrongly: step 3: "
                        + "expected node 'orders', was 'returns'")
                .contains("2 saved calls: 1 passed, 1 failed");

        // and: Run all marks the broken call with the step where it went elsewhere
        StudioUi.onUi(() -> press("runAll"));
        awaitOnUi(() -> !view.savedCalls().get("orders by keys").isEmpty()
                && !view.savedCalls().get("orders by keys").contains("running"));
        Map<String, String> results = StudioUi.onUi(() -> view.savedCalls());
        assertThat(results.get("orders by keys")).isEqualTo("passed");
        assertThat(results.get("returns by keys, written wrongly")).startsWith("FAILED: ")
                .contains("step 3: expected node 'orders', was 'returns'");
        screenshot("test-call-view-saved-calls");
    }

    @Test
    void shouldSayWhatToDoWhenTheRuntimeIsNotBuilt() throws Exception {
        String home = System.getProperty("centralita.home");
        Path empty = Files.createTempDirectory("centralita-no-runtime");
        try {
            System.setProperty("centralita.home", empty.toString());
            StudioUi.onUi(() -> press("start"));
            assertThat(StudioUi.onUi(() -> view.statusText())).contains("is not built yet")
                    .contains("-DskipTests package").doesNotContain("Exception");
            assertThat(StudioUi.onUi(() -> view.control("start").isEnabled())).isTrue();
        } finally {
            System.setProperty("centralita.home", home);
        }
    }

    private void press(String name) {
        press(name, true);
    }

    private void press(String name, boolean mustBeEnabled) {
        Control control = view.control(name);
        if (mustBeEnabled) {
            assertThat(control.isEnabled()).as("'%s' enabled; status: %s", name, view.statusText()).isTrue();
        } else if (!control.isEnabled()) {
            return;
        }
        control.notifyListeners(SWT.Selection, new Event());
        StudioUi.drain();
    }

    private Map<String, NodeFigure.Visit> visits() {
        Map<String, NodeFigure.Visit> visits = new java.util.LinkedHashMap<>();
        for (String node : List.of("greet", "menu", "ask-pin", "read-back", "orders", "returns", "bye")) {
            visits.put(node, ((NodePart) editor.partOf(node)).nodeFigure().visit());
        }
        return visits;
    }

    private boolean taken(String from, String to) {
        NodePart source = (NodePart) editor.partOf(from);
        for (Object connection : source.getSourceConnections()) {
            WirePart wire = (WirePart) connection;
            if (wire.getTarget() == editor.partOf(to) && wire.taken()) {
                return true;
            }
        }
        return false;
    }

    private void awaitOnUi(Supplier<Boolean> condition) {
        try {
            await().atMost(CALL).pollInterval(Duration.ofMillis(200)).until(() -> StudioUi.onUi(() -> {
                StudioUi.drain();
                return condition.get();
            }));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("the view did not get there; status: " + StudioUi.onUi(() -> view.statusText())
                    + "; transcript: " + StudioUi.onUi(() -> view.transcriptLines()), e);
        }
    }

    /** A picture of the whole window (the diagram lit and the view below), kept with the diagrams' pictures. */
    private static void screenshot(String name) throws IOException {
        Path out = Path.of(System.getProperty("centralita.screenshots", "target/screenshots"), name + ".png");
        Files.createDirectories(out.getParent());
        StudioUi.onUi(() -> {
            Shell shell = StudioUi.page().getWorkbenchWindow().getShell();
            org.eclipse.swt.graphics.Rectangle before = shell.getBounds();
            // the whole virtual screen, the view a third of it: the diagram and the view both readable
            shell.setBounds(shell.getDisplay().getBounds());
            StudioUi.page().setPartState(StudioUi.page().findViewReference(TestCallView.ID),
                    org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
            StudioUi.drain();
            Point size = shell.getSize();
            Image image = new Image(shell.getDisplay(), size.x, size.y);
            GC gc = new GC(shell.getDisplay());
            try {
                Point at = shell.getLocation();
                gc.copyArea(image, at.x, at.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {image.getImageData()};
                loader.save(out.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
                shell.setBounds(before);
            }
        });
        assertThat(out).isRegularFile();
    }
}
