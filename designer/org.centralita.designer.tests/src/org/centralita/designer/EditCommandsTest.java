package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowPalette;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.parts.NodePart;
import org.centralita.designer.parts.WirePart;
import org.centralita.designer.views.ProblemsView;
import org.centralita.flows.validate.Problem;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits made in the diagram through the real edit policies and commands, undone and redone. */
class EditCommandsTest {

    private Path flows;
    private Path bank;
    private String original;

    @BeforeEach
    void openACopyOfTheBanksFlow() throws Exception {
        flows = StudioUi.copyOfExamples();
        bank = flows.resolve("bank-main.flow.yaml");
        original = Files.readString(bank);
    }

    @AfterEach
    void closeEditors() {
        StudioUi.onUi(() -> StudioUi.page().closeAllEditors(false));
    }

    private FlowEditor open(Path file) throws Exception {
        FlowEditor editor = (FlowEditor) EditorOpener.open(StudioUi.page(), file);
        StudioUi.drain();
        return editor;
    }

    /** Runs a command on the editor's stack, then undoes and redoes it, checking the text each time. */
    private static String executeUndoRedo(FlowEditor editor, Command command) {
        String before = editor.diagram().text();
        assertThat(command).isNotNull();
        assertThat(command.canExecute()).as(command.getLabel()).isTrue();
        editor.commandStack().execute(command);
        String after = editor.diagram().text();
        assertThat(after).isNotEqualTo(before);
        editor.commandStack().undo();
        assertThat(editor.diagram().text()).isEqualTo(before);
        editor.commandStack().redo();
        assertThat(editor.diagram().text()).isEqualTo(after);
        StudioUi.drain();
        return after;
    }

    @Test
    void shouldMoveANodeByDraggingItAndSaveOnlyItsLayoutLine() {
        StudioUi.onUi(() -> {
            // given
            FlowEditor editor = open(bank);
            NodePart greet = (NodePart) editor.partOf("greet");
            ChangeBoundsRequest drag = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
            drag.setEditParts(greet);
            drag.setMoveDelta(new Point(30, 40));

            // when
            executeUndoRedo(editor, greet.getCommand(drag));
            editor.doSave(null);

            // then: one line of the file changed, the node's layout line
            List<String> was = original.lines().toList();
            List<String> now = Files.readString(bank).lines().toList();
            assertThat(now).hasSameSizeAs(was);
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < was.size(); i++) {
                if (!was.get(i).equals(now.get(i))) {
                    changed.add(now.get(i));
                }
            }
            assertThat(changed).hasSize(1);
            assertThat(changed.get(0)).contains("greet").contains("70").contains("80");
            assertThat(editor.isDirty()).isFalse();
        });
    }

    @Test
    void shouldSaveAnUnchangedFlowByteForByte() throws Exception {
        byte[] bytes = Files.readAllBytes(bank);
        StudioUi.onUi(() -> open(bank).doSave(null));
        assertThat(Files.readAllBytes(bank)).isEqualTo(bytes);
    }

    @Test
    void shouldCreateANodeFromThePaletteThenUndoAndRedo() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            CreateRequest create = new CreateRequest();
            create.setFactory(factoryOf("play"));
            create.setLocation(new Point(300, 500));
            create.setSize(new Dimension(-1, -1));

            executeUndoRedo(editor, editor.viewer().getContents().getCommand(create));

            assertThat(editor.diagram().flow().node("play-1")).isPresent();
            assertThat(editor.partOf("play-1")).isNotNull();
        });
    }

    @Test
    void shouldRefuseAReturnNodeOutsideASubflowAndAllowItInOne() {
        StudioUi.onUi(() -> {
            CreateRequest create = new CreateRequest();
            create.setFactory(factoryOf("return"));
            create.setLocation(new Point(300, 500));
            create.setSize(new Dimension(-1, -1));

            Command inMainLine = open(bank).viewer().getContents().getCommand(create);
            assertThat(inMainLine.canExecute()).isFalse();

            Command inSubflow = open(flows.resolve("citizen-appointment.flow.yaml")).viewer().getContents().getCommand(create);
            assertThat(inSubflow.canExecute()).isTrue();
        });
    }

    @Test
    void shouldConnectAnOutcomeOnlyOnceAndReconnectItByDraggingTheConnectionsEnd() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            // given: a new node whose 'next' is connected to the goodbye
            executeUndoRedo(editor, ((org.centralita.designer.parts.DiagramPart) editor.viewer().getContents())
                    .commands().create("play", 300, 600));
            var commands = ((org.centralita.designer.parts.DiagramPart) editor.viewer().getContents()).commands();
            executeUndoRedo(editor, commands.connect("play-1", "next", "sorry"));
            assertThat(editor.diagram().wiresFrom("play-1")).containsExactly(new OutcomeWire("play-1", "next", "sorry"));

            // then: connecting it again is refused
            assertThat(commands.connect("play-1", "next", "greet").canExecute()).isFalse();

            // when: the connection's end is dragged to another node
            WirePart wire = (WirePart) editor.viewer().getEditPartRegistry().get(new OutcomeWire("play-1", "next", "sorry"));
            ReconnectRequest drag = new ReconnectRequest(RequestConstants.REQ_RECONNECT_TARGET);
            drag.setConnectionEditPart(wire);
            EditPart greet = editor.partOf("greet");
            drag.setTargetEditPart(greet);
            executeUndoRedo(editor, greet.getCommand(drag));

            assertThat(editor.diagram().wiresFrom("play-1")).containsExactly(new OutcomeWire("play-1", "next", "greet"));
        });
    }

    @Test
    void shouldDeleteANodeRenameAnotherAndSetAFieldEachUndoable() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            var commands = ((org.centralita.designer.parts.DiagramPart) editor.viewer().getContents()).commands();

            String deleted = executeUndoRedo(editor, editor.partOf("holiday-notice").getCommand(new GroupRequest(RequestConstants.REQ_DELETE)));
            assertThat(editor.diagram().flow().node("holiday-notice")).isEmpty();
            assertThat(deleted).doesNotContain("holiday-notice:\n    type");

            String renamed = executeUndoRedo(editor, commands.rename("greet", "welcome-caller"));
            assertThat(editor.diagram().flow().start()).contains("welcome-caller");
            assertThat(renamed).doesNotContain("greet");

            executeUndoRedo(editor, commands.setField("main-menu", List.of("timeout"), "7s"));
            assertThat(editor.diagram().flow().node("main-menu").orElseThrow().text("timeout")).contains("7s");
        });
    }

    @Test
    void shouldShowAnErrorInTheProblemsViewAndABadgeWhenARequiredOutcomeIsDisconnected() {
        // when: the connection of greet's required 'next' is deleted
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            StudioUi.page().showView(ProblemsView.ID);
            WirePart wire = (WirePart) editor.viewer().getEditPartRegistry().get(new OutcomeWire("greet", "next", "check-hours"));
            executeUndoRedo(editor, wire.getCommand(new GroupRequest(RequestConstants.REQ_DELETE)));
            assertThat(((NodePart) editor.partOf("greet")).nodeFigure().hasBadge()).isTrue();
        });

        // then: the problems view lists an error about the node
        await().atMost(Duration.ofSeconds(30)).until(() -> StudioUi.onUi(() -> {
            ProblemsView view = (ProblemsView) StudioUi.page().findView(ProblemsView.ID);
            Object input = view.table().getInput();
            return input instanceof List<?> problems && problems.stream().map(Problem.class::cast)
                    .anyMatch(p -> p.isError() && "greet".equals(p.node()) && p.position().file().endsWith(bank.getFileName().toString())
                            && p.position().file().startsWith(flows.toString()));
        }));
    }

    private static CreationFactory factoryOf(String type) {
        return new FlowPalette.NodeTypeFactory(type);
    }
}
