package org.centralita.designer.testcall;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.centralita.designer.Messages;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.figures.NodeFigure;
import org.centralita.designer.parts.NodePart;
import org.centralita.designer.parts.WirePart;
import org.eclipse.gef.EditPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * Tries the open flow as a caller would: runs it with the runtime's engine in a child process
 * ({@code centralita simulate --control json}), with a keypad, words to say, silence and hang-up;
 * shows the prompts (played aloud where a voice speaks them), the variables (secrets masked as
 * the trace masks them), lights the current node on the diagram and draws the path taken; step
 * and run modes, breakpoints (the editor's context menu), the clock and caller number to start
 * with. "Save as test" appends the call to the flow's {@code NAME.calls.yaml}; "Run all" runs
 * them with {@code centralita test --json} and marks the failing ones with their message.
 */
public final class TestCallView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.centralita.designer.testCall";

    private static final String KEYPAD = "123456789*0#";

    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final WavPlayer player = new WavPlayer();
    private Label flowLabel;
    private Label status;
    private Table transcript;
    private Table variables;
    private Table saved;

    private FlowEditor editor;
    private CallProcess process;
    private Path audio;
    // the call being made (or the last one): what a saved call keeps
    private final List<String> actions = new ArrayList<>();
    private final List<String> path = new ArrayList<>();
    private final Map<String, String> shownVariables = new LinkedHashMap<>();
    private String startedAt = "";
    private String startedAni = "";
    private String end;
    private String waitingAt;
    private String pausedAt;
    private String lastLit;
    private final BiConsumer<Path, String> breakpointFeed = this::breakpointToggled;

    private final IPartListener2 editorFollower = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof FlowEditor flowEditor && flowEditor != editor) {
                follow(flowEditor);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        flowLabel = new Label(parent, SWT.NONE);
        flowLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
        columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createCaller(columns);
        createTranscript(columns);
        createWatches(columns);
        columns.setWeights(30, 40, 30);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        getSite().getPage().addPartListener(editorFollower);
        Breakpoints.addListener(breakpointFeed);
        if (getSite().getPage().getActiveEditor() instanceof FlowEditor active) {
            follow(active);
        } else {
            flowLabel.setText(Messages.TestCall_noFlow);
        }
        enable();
    }

    private void createCaller(Composite parent) {
        Composite caller = new Composite(parent, SWT.NONE);
        caller.setLayout(new GridLayout(1, false));
        Group start = group(caller, Messages.TestCall_startGroup, 2);
        label(start, Messages.TestCall_at);
        text(start, "at", Messages.TestCall_atHint);
        label(start, Messages.TestCall_ani);
        text(start, "ani", Messages.TestCall_aniHint);
        check(start, "stepMode", Messages.TestCall_stepMode, false);
        check(start, "speak", Messages.TestCall_speak, true);
        button(start, "start", Messages.TestCall_start, this::startCall);
        button(start, "stop", Messages.TestCall_stop, this::stopCall);
        button(start, "step", Messages.TestCall_step, () -> command("step"));
        button(start, "continue", Messages.TestCall_continue, () -> command("continue"));

        Group keypad = group(caller, Messages.TestCall_keypad, 3);
        for (char key : KEYPAD.toCharArray()) {
            String digit = String.valueOf(key);
            Button button = button(keypad, "key-" + digit, digit, () -> pressed(digit));
            ((GridData) button.getLayoutData()).horizontalAlignment = SWT.FILL;
        }
        Text keys = text(keypad, "keys", Messages.TestCall_keysHint);
        ((GridData) keys.getLayoutData()).horizontalSpan = 2;
        keys.addListener(SWT.DefaultSelection, e -> sendKeys());
        button(keypad, "send", Messages.TestCall_send, this::sendKeys);

        Group words = group(caller, Messages.TestCall_words, 2);
        Text said = text(words, "words", Messages.TestCall_wordsHint);
        said.addListener(SWT.DefaultSelection, e -> say());
        button(words, "say", Messages.TestCall_say, this::say);
        button(words, "silence", Messages.TestCall_silence, this::silence);
        button(words, "hangup", Messages.TestCall_hangup, this::hangUp);
    }

    private void createTranscript(Composite parent) {
        Composite column = new Composite(parent, SWT.NONE);
        column.setLayout(new GridLayout(1, false));
        label(column, Messages.TestCall_transcript);
        transcript = new Table(column, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
        transcript.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new TableColumn(transcript, SWT.LEFT).setWidth(600);
    }

    private void createWatches(Composite parent) {
        Composite column = new Composite(parent, SWT.NONE);
        column.setLayout(new GridLayout(2, false));
        Label varsLabel = label(column, Messages.TestCall_variables);
        ((GridData) varsLabel.getLayoutData()).horizontalSpan = 2;
        variables = table(column, Messages.TestCall_variable, Messages.TestCall_value);
        Label savedLabel = label(column, Messages.TestCall_saved);
        ((GridData) savedLabel.getLayoutData()).horizontalSpan = 2;
        saved = table(column, Messages.TestCall_savedName, Messages.TestCall_savedResult);
        text(column, "name", Messages.TestCall_nameHint);
        button(column, "save", Messages.TestCall_saveAsTest, this::saveAsTest);
        button(column, "runAll", Messages.TestCall_runAll, this::runAll);
    }

    // --- the call ---------------------------------------------------------------------------

    private void startCall() {
        if (editor == null) {
            tell(Messages.TestCall_noFlow);
            return;
        }
        RuntimeHome home = runtime();
        if (home == null) {
            return;
        }
        stopCall();
        clearCall();
        Path flow = editor.diagram().file();
        List<String> arguments = new ArrayList<>(List.of("simulate", flow.toString(), "--control", "json"));
        startedAt = text("at").getText().strip();
        startedAni = text("ani").getText().strip();
        if (!startedAt.isEmpty()) {
            arguments.addAll(List.of("--at", startedAt));
        }
        if (!startedAni.isEmpty()) {
            arguments.addAll(List.of("--ani", startedAni));
        }
        if (((Button) controls.get("stepMode")).getSelection()) {
            arguments.add("--step");
        }
        for (String node : Breakpoints.of(flow)) {
            arguments.addAll(List.of("--break", node));
        }
        if (((Button) controls.get("speak")).getSelection()) {
            try {
                audio = Files.createTempDirectory("centralita-prompts");
                arguments.addAll(List.of("--audio", audio.toString()));
            } catch (IOException e) {
                audio = null;
            }
        }
        Display display = Display.getCurrent();
        try {
            process = CallProcess.start(home.command(arguments), new CallProcess.Listener() {
                @Override
                public void event(Map<String, Object> event) {
                    display.asyncExec(() -> TestCallView.this.event(event));
                }

                @Override
                public void ended(int exitStatus, String errors) {
                    display.asyncExec(() -> TestCallView.this.ended(exitStatus, errors));
                }
            });
        } catch (IOException e) {
            tell(Messages.bind(Messages.TestCall_cannotStart, e.getMessage()));
            return;
        }
        tell(Messages.bind(Messages.TestCall_started, flow.getFileName()));
        if (editor.isDirty()) {
            tell(Messages.TestCall_unsaved);
        }
        enable();
    }

    /** The runtime to run with, or null once the analyst has been told what to build or set. */
    private RuntimeHome runtime() {
        try {
            return RuntimeHome.find();
        } catch (RuntimeHome.NotBuilt notBuilt) {
            tell(notBuilt.getMessage());
            return null;
        }
    }

    private void clearCall() {
        actions.clear();
        path.clear();
        shownVariables.clear();
        end = null;
        waitingAt = null;
        pausedAt = null;
        lastLit = null;
        transcript.removeAll();
        variables.removeAll();
        unlight();
    }

    /** One event of the call (on the UI thread). */
    private void event(Map<String, Object> event) {
        if (transcript.isDisposed()) {
            return;
        }
        String name = String.valueOf(event.get("event"));
        String node = event.get("node") == null ? null : String.valueOf(event.get("node"));
        switch (name) {
            case "start" -> line(Messages.bind(Messages.TestCall_callStarted, event.get("flow"), event.get("version")));
            case "enter" -> {
                path.add(node);
                waitingAt = null;
                pausedAt = null;
                line("[" + node + "] " + event.get("type"));
                if (event.get("flow") == null) {
                    light(node);
                }
            }
            case "prompt" -> {
                line("    < " + event.get("text"));
                if (event.get("wav") instanceof List<?> wavs) {
                    player.play(wavs.stream().map(wav -> Path.of(String.valueOf(wav))).toList());
                }
            }
            case "input" -> line("    > " + event.get("value"));
            case "no-input" -> line("    - " + Messages.bind(Messages.TestCall_noInput, event.get("attempt")));
            case "no-match" -> line("    - " + Messages.bind(Messages.TestCall_noMatch, event.get("attempt")));
            case "assign" -> line("    " + event.get("variable") + " = " + event.get("value"));
            case "error" -> line("    ! " + event.get("message"));
            case "vars" -> showVariables(event.get("vars"));
            case "wait" -> {
                waitingAt = node;
                tell(Messages.bind(Boolean.TRUE.equals(event.get("speech")) ? Messages.TestCall_waitingWords
                        : Messages.TestCall_waitingKeys, node));
            }
            case "paused" -> {
                pausedAt = node;
                tell(Messages.bind("break".equals(event.get("reason")) ? Messages.TestCall_pausedBreak
                        : Messages.TestCall_pausedStep, node));
            }
            case "problem" -> tell(String.valueOf(event.get("message")));
            case "hangup" -> line("    " + Messages.bind(Messages.TestCall_hungUp, event.get("by")));
            case "end" -> {
                end = String.valueOf(event.get("outcome"));
                waitingAt = null;
                pausedAt = null;
                line(Messages.bind(Messages.TestCall_ended, end));
                tell(Messages.bind(Messages.TestCall_ended, end));
            }
            default -> {
                // queue, transfer, rules, crm, hours...: shown as the trace has them
                if (!"breakpoints".equals(name)) {
                    line("    " + name + " " + withoutEventAndNode(event));
                }
            }
        }
        enable();
    }

    private static Map<String, Object> withoutEventAndNode(Map<String, Object> event) {
        Map<String, Object> rest = new LinkedHashMap<>(event);
        rest.remove("event");
        rest.remove("t");
        rest.remove("node");
        return rest;
    }

    private void ended(int exitStatus, String errors) {
        if (status.isDisposed()) {
            return;
        }
        if (end == null) {
            tell(errors.isEmpty() ? Messages.bind(Messages.TestCall_failed, exitStatus)
                    : Messages.bind(Messages.TestCall_notRun, errors));
        }
        process = null;
        waitingAt = null;
        pausedAt = null;
        deleteAudioLater();
        enable();
    }

    private void pressed(String key) {
        Text keys = text("keys");
        keys.setText(keys.getText() + key);
    }

    private void sendKeys() {
        String keys = text("keys").getText().strip();
        if (keys.isEmpty() || waitingAt == null) {
            return;
        }
        act(keys, "keys", "keys", keys);
        text("keys").setText("");
    }

    private void say() {
        String words = text("words").getText().strip();
        if (words.isEmpty() || waitingAt == null) {
            return;
        }
        if (words.contains(",")) {
            tell(Messages.TestCall_noCommas);
            return;
        }
        act("say:" + words, "say", "words", words);
        text("words").setText("");
    }

    private void silence() {
        if (waitingAt != null) {
            act("", "silence", null, null);
        }
    }

    private void hangUp() {
        if (process != null) {
            process.send("hangup", null, null);
        }
    }

    private void act(String entry, String command, String field, String value) {
        actions.add(entry);
        waitingAt = null;
        process.send(command, field, value);
        enable();
    }

    private void command(String name) {
        if (process != null) {
            process.send(name, null, null);
            pausedAt = null;
            enable();
        }
    }

    private void stopCall() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    private void deleteAudioLater() {
        Path played = audio;
        audio = null;
        if (played == null) {
            return;
        }
        // the player may still read the last prompt: the files go once it has had time to
        Display.getCurrent().timerExec(60_000, () -> {
            try (Stream<Path> files = Files.walk(played)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind
            }
        });
    }

    // --- the diagram --------------------------------------------------------------------------

    /** The node now lit; the node lit before is marked as passed, with the connection taken. */
    private void light(String node) {
        NodePart part = nodePart(node);
        NodePart previous = lastLit == null ? null : nodePart(lastLit);
        if (previous != null) {
            previous.nodeFigure().showVisit(NodeFigure.Visit.PASSED);
            if (part != null) {
                for (Object connection : previous.getSourceConnections()) {
                    if (connection instanceof WirePart wire && wire.getTarget() == part) {
                        wire.showTaken(true);
                    }
                }
            }
        }
        if (part != null) {
            part.nodeFigure().showVisit(NodeFigure.Visit.CURRENT);
            editor.viewer().reveal(part);
        }
        lastLit = node;
    }

    private void unlight() {
        if (editor == null || editor.viewer() == null || editor.viewer().getControl().isDisposed()) {
            return;
        }
        for (Object part : editor.viewer().getEditPartRegistry().values()) {
            if (part instanceof NodePart node) {
                node.nodeFigure().showVisit(NodeFigure.Visit.NONE);
            } else if (part instanceof WirePart wire) {
                wire.showTaken(false);
            }
        }
    }

    private NodePart nodePart(String node) {
        if (editor == null || editor.viewer() == null || editor.viewer().getControl().isDisposed()) {
            return null;
        }
        EditPart part = editor.partOf(node);
        return part instanceof NodePart nodePart ? nodePart : null;
    }

    private void breakpointToggled(Path flow, String node) {
        if (process != null && editor != null && editor.diagram().file().toAbsolutePath().normalize().equals(flow)) {
            process.send(Breakpoints.has(flow, node) ? "break" : "clear", "node", node);
        }
    }

    // --- saved calls ----------------------------------------------------------------------------

    private void follow(FlowEditor flowEditor) {
        editor = flowEditor;
        flowLabel.setText(Messages.bind(Messages.TestCall_flow, flowEditor.diagram().file().getFileName()));
        listSaved();
        enable();
    }

    private void listSaved() {
        saved.removeAll();
        if (editor == null) {
            return;
        }
        try {
            for (SavedCalls.Saved call : SavedCalls.read(SavedCalls.fileOf(editor.diagram().file()))) {
                TableItem row = new TableItem(saved, SWT.NONE);
                row.setText(new String[] {call.name(), ""});
            }
        } catch (IOException e) {
            tell(e.getMessage());
        }
    }

    private void saveAsTest() {
        if (editor == null || end == null || process != null) {
            tell(Messages.TestCall_nothingToSave);
            return;
        }
        String name = text("name").getText().strip();
        if (name.isEmpty()) {
            name = Messages.bind(Messages.TestCall_defaultName, String.join(" ", actions.stream()
                    .map(entry -> entry.isEmpty() ? "(silence)" : entry).toList()), end).strip();
        }
        TestCallRecord call = new TestCallRecord(startedAni, startedAt, actions, path, end);
        try {
            Path file = SavedCalls.append(editor.diagram().file(), name, call);
            text("name").setText("");
            listSaved();
            tell(Messages.bind(Messages.TestCall_savedAs, name, file.getFileName()));
        } catch (IllegalArgumentException taken) {
            tell(Messages.bind(Messages.TestCall_nameTaken, name));
        } catch (IOException e) {
            tell(Messages.bind(Messages.TestCall_cannotSave, e.getMessage()));
        }
    }

    private void runAll() {
        if (editor == null) {
            return;
        }
        Path file = SavedCalls.fileOf(editor.diagram().file());
        if (!Files.exists(file)) {
            tell(Messages.TestCall_noSavedCalls);
            return;
        }
        RuntimeHome home = runtime();
        if (home == null) {
            return;
        }
        listSaved();
        for (TableItem row : saved.getItems()) {
            row.setText(1, Messages.TestCall_running);
        }
        Display display = Display.getCurrent();
        Map<String, Object> report = new LinkedHashMap<>();
        try {
            CallProcess.start(home.command(List.of("test", file.toString(), "--json")), new CallProcess.Listener() {
                @Override
                public void event(Map<String, Object> event) {
                    report.putAll(event);
                }

                @Override
                public void ended(int exitStatus, String errors) {
                    display.asyncExec(() -> showResults(report, errors));
                }
            });
            tell(Messages.bind(Messages.TestCall_runningAll, file.getFileName()));
        } catch (IOException e) {
            tell(Messages.bind(Messages.TestCall_cannotStart, e.getMessage()));
        }
    }

    private void showResults(Map<String, Object> report, String errors) {
        if (saved.isDisposed()) {
            return;
        }
        if (!(report.get("calls") instanceof List<?> calls)) {
            tell(Messages.bind(Messages.TestCall_notRun, errors));
            return;
        }
        Map<String, Map<?, ?>> byName = new LinkedHashMap<>();
        for (Object call : calls) {
            if (call instanceof Map<?, ?> result) {
                byName.put(String.valueOf(result.get("name")), result);
            }
        }
        for (TableItem row : saved.getItems()) {
            Map<?, ?> result = byName.get(row.getText(0));
            if (result == null) {
                row.setText(1, "");
            } else if (Boolean.TRUE.equals(result.get("passed"))) {
                row.setText(1, Messages.TestCall_passed);
                row.setForeground(null);
            } else {
                row.setText(1, Messages.bind(Messages.TestCall_failedCall, result.get("message")));
                row.setForeground(saved.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        tell(Messages.bind(Messages.TestCall_results, report.get("passed"), report.get("failed")));
    }

    // --- what tests and the analyst read ---------------------------------------------------------

    /** A control of the view by its name ("start", "key-1", "keys", "say", "save", ...), for tests. */
    public Control control(String name) {
        return controls.get(name);
    }

    /** The transcript's lines. */
    public List<String> transcriptLines() {
        return Stream.of(transcript.getItems()).map(TableItem::getText).toList();
    }

    /** The variables watched, as shown. */
    public Map<String, String> watchedVariables() {
        return Map.copyOf(shownVariables);
    }

    /** The ids of the nodes the call entered, in order. */
    public List<String> path() {
        return List.copyOf(path);
    }

    /** How the last call ended, or null while it runs. */
    public String end() {
        return end;
    }

    /** The node the call waits at for the caller, or null. */
    public String waitingAt() {
        return waitingAt;
    }

    /** The node the call is paused at, or null. */
    public String pausedAt() {
        return pausedAt;
    }

    /** The status line. */
    public String statusText() {
        return status.getText();
    }

    /** The saved calls listed: name and result as shown. */
    public Map<String, String> savedCalls() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (TableItem row : saved.getItems()) {
            rows.put(row.getText(0), row.getText(1));
        }
        return rows;
    }

    // --- widgets ----------------------------------------------------------------------------------

    private void showVariables(Object vars) {
        shownVariables.clear();
        variables.removeAll();
        if (vars instanceof Map<?, ?> map) {
            map.forEach((name, value) -> {
                String shown = value == null ? "" : String.valueOf(value);
                shownVariables.put(String.valueOf(name), shown);
                new TableItem(variables, SWT.NONE).setText(new String[] {String.valueOf(name), shown});
            });
        }
    }

    private void enable() {
        if (status == null || status.isDisposed()) {
            return;
        }
        boolean running = process != null;
        boolean waiting = running && waitingAt != null;
        controls.get("start").setEnabled(editor != null && !running);
        controls.get("stop").setEnabled(running);
        controls.get("step").setEnabled(running);
        controls.get("continue").setEnabled(running);
        for (char key : KEYPAD.toCharArray()) {
            controls.get("key-" + key).setEnabled(waiting);
        }
        for (String name : List.of("send", "say", "silence")) {
            controls.get(name).setEnabled(waiting);
        }
        controls.get("hangup").setEnabled(running);
        controls.get("save").setEnabled(!running && end != null);
        controls.get("runAll").setEnabled(editor != null);
    }

    private void line(String text) {
        new TableItem(transcript, SWT.NONE).setText(text);
        transcript.showItem(transcript.getItem(transcript.getItemCount() - 1));
    }

    private void tell(String message) {
        status.setText(message);
        status.getParent().layout(true);
    }

    private Text text(String name) {
        return (Text) controls.get(name);
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(columns, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        return label;
    }

    private Text text(Composite parent, String name, String hint) {
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setMessage(hint);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        controls.put(name, text);
        return text;
    }

    private Button button(Composite parent, String name, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        button.addListener(SWT.Selection, e -> action.run());
        controls.put(name, button);
        return button;
    }

    private void check(Composite parent, String name, String label, boolean selected) {
        Button check = new Button(parent, SWT.CHECK);
        check.setText(label);
        check.setSelection(selected);
        controls.put(name, check);
    }

    private Table table(Composite parent, String first, String second) {
        Table table = new Table(parent, SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.horizontalSpan = 2;
        data.heightHint = 70;
        table.setLayoutData(data);
        TableColumn name = new TableColumn(table, SWT.LEFT);
        name.setText(first);
        name.setWidth(170);
        TableColumn value = new TableColumn(table, SWT.LEFT);
        value.setText(second);
        value.setWidth(260);
        return table;
    }

    @Override
    public void setFocus() {
        controls.get("start").setFocus();
    }

    @Override
    public void dispose() {
        stopCall();
        player.dispose();
        Breakpoints.removeListener(breakpointFeed);
        getSite().getPage().removePartListener(editorFollower);
        super.dispose();
    }

    /** The open view's instance on the active page, for tests and the editor's menu. */
    public static TestCallView shown(org.eclipse.ui.IWorkbenchPage page) throws org.eclipse.ui.PartInitException {
        return (TestCallView) page.showView(ID);
    }
}
