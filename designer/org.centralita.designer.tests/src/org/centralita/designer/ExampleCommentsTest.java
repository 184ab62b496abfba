package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.centralita.designer.commands.FlowCommands;
import org.centralita.designer.commands.FlowEditCommand;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.parts.NodePart;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Comments survive every edit made in the editor: each example flow, annotated the way analysts
 * annotate flows in git, is edited through the designer's own commands (every node moved by a
 * drag, its description set, its {@code error} outcome connected, renamed), saved, and every
 * comment line of the file is still there, in its place.
 */
class ExampleCommentsTest {

    private static final Pattern COMMENT = Pattern.compile("(?:^|\\s)(#.*)$");
    private static final Pattern NODE_KEY = Pattern.compile("^  ([a-z][a-z0-9-]*):\\s*$");
    private static final Pattern LAYOUT_LINE = Pattern.compile("^  [a-z][a-z0-9-]*:\\s*\\{.*\\}\\s*$");

    @AfterEach
    void closeEditors() {
        StudioUi.onUi(() -> StudioUi.page().closeAllEditors(false));
    }

    @TestFactory
    Stream<DynamicTest> shouldKeepEveryCommentOfEachExampleThroughTheEditorsEdits() throws IOException {
        Path copy = StudioUi.copyOfExamples();
        List<Path> flows;
        try (Stream<Path> files = Files.list(copy)) {
            flows = files.filter(p -> p.toString().endsWith(".flow.yaml")).sorted().toList();
        }
        assertThat(flows).hasSizeGreaterThanOrEqualTo(4);
        return flows.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> StudioUi.onUi(() -> keepsComments(file))));
    }

    private static void keepsComments(Path file) throws Exception {
        // given: the example annotated: a header, a line above each node, one after each node's
        // type and each layout line (the example's own comments kept)
        String annotated = annotate(Files.readString(file));
        Files.writeString(file, annotated);
        List<String> comments = comments(annotated);
        FlowEditor editor = (FlowEditor) EditorOpener.open(StudioUi.page(), file);
        StudioUi.drain();
        List<String> ids = List.copyOf(editor.diagram().flow().nodes().keySet());
        assertThat(comments).hasSizeGreaterThan(2 * ids.size());
        FlowCommands commands = editor.commands();

        // when: every node is moved by a drag, its description set, its error outcome connected, and renamed
        for (String id : ids) {
            NodePart part = (NodePart) editor.partOf(id);
            ChangeBoundsRequest drag = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
            drag.setEditParts(part);
            drag.setMoveDelta(new Point(15, 25));
            execute(editor, part.getCommand(drag));
        }
        for (String id : ids) {
            execute(editor, commands.setField(id, List.of("description"), "Reviewed with " + id + "'s owner"));
        }
        String last = ids.get(ids.size() - 1);
        for (String id : ids) {
            FlowEditCommand connect = commands.connect(id, "error", last);
            execute(editor, connect.canExecute() ? connect : commands.reconnect(id, "error", last));
        }
        for (String id : ids) {
            execute(editor, commands.rename(id, id + "-kept"));
        }
        assertThat(editor.danglingOutcomes()).isEmpty();
        editor.doSave(null);

        // then: every comment of the file is there, in order, each node's line still below its own
        String saved = Files.readString(file);
        assertThat(saved).isNotEqualTo(annotated);
        assertThat(comments(saved)).isEqualTo(comments);
        List<String> lines = saved.lines().toList();
        for (int i = 0; i < ids.size(); i++) {
            int comment = lines.indexOf("  # step " + (i + 1) + ", kept by the contact-center team");
            assertThat(comment).as("comment above " + ids.get(i)).isNotNegative();
            assertThat(lines.get(comment + 1)).isEqualTo("  " + ids.get(i) + "-kept:");
        }
        // and every edit undone gives the annotated file back, byte for byte
        while (editor.commandStack().canUndo()) {
            editor.commandStack().undo();
        }
        editor.doSave(null);
        assertThat(Files.readString(file)).isEqualTo(annotated);
    }

    private static void execute(FlowEditor editor, Command command) {
        assertThat(command).isNotNull();
        assertThat(command.canExecute()).as(command.getLabel()).isTrue();
        editor.commandStack().execute(command);
    }

    /** Comments added as an analyst writes them, above nodes and after values. */
    private static String annotate(String text) {
        StringBuilder out = new StringBuilder("# Reviewed by the contact-center team; ask them before changing the menus\n");
        String section = "";
        int step = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
                section = line.replaceAll(":.*$", "");
            }
            if (section.equals("nodes") && NODE_KEY.matcher(line).matches()) {
                out.append("  # step ").append(++step).append(", kept by the contact-center team\n").append(line);
            } else if (section.equals("nodes") && line.startsWith("    type: ")) {
                out.append(line).append("   # the step's kind");
            } else if (section.equals("layout") && LAYOUT_LINE.matcher(line).matches()) {
                out.append(line).append("  # placed by hand");
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** Every comment of a text, in order: comment lines and comments after a value. */
    private static List<String> comments(String text) {
        List<String> found = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher comment = COMMENT.matcher(line);
            if (comment.find()) {
                found.add(comment.group(1));
            }
        }
        return found;
    }
}
