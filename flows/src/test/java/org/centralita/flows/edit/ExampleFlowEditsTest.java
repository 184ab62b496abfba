package org.centralita.flows.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Validator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example flow: opened and saved unchanged gives the same bytes; every kind of edit on
 * every node, then its undo, gives the same bytes; redo gives the edited text again.
 */
class ExampleFlowEditsTest {

    @TempDir
    Path dir;

    static Stream<Path> exampleFlows() {
        return ExampleFlows.files().stream();
    }

    @ParameterizedTest
    @MethodSource("exampleFlows")
    void shouldSaveAnUnchangedFileByteForByte(Path example) throws Exception {
        // given an example flow copied and opened
        Path copy = Files.copy(example, dir.resolve(example.getFileName()));
        FlowDocument document = FlowDocument.open(copy);
        // when saved without an edit
        document.save();
        // then the bytes are those of the example
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(example));
    }

    @ParameterizedTest
    @MethodSource("exampleFlows")
    void shouldGiveBackTheSameBytesAfterEveryEditAndItsUndo(Path example) throws Exception {
        // given an example flow opened
        FlowDocument document = FlowDocument.open(example);
        String original = document.text();
        // when each edit below is applied, undone and redone
        for (FlowEdit edit : editsOf(document)) {
            edit.apply();
            String edited = document.text();
            assertThat(edited).as(edit.label()).isNotEqualTo(original);
            edit.undo();
            // then undo gives the original text exactly, and redo the edited text
            assertThat(document.text()).as("undo of " + edit.label()).isEqualTo(original);
            edit.redo();
            assertThat(document.text()).as("redo of " + edit.label()).isEqualTo(edited);
            edit.undo();
        }
        assertThat(document.isDirty()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("exampleFlows")
    void shouldChangeOnlyTheLayoutLineWhenANodeMoves(Path example) throws Exception {
        // given an example flow opened
        FlowDocument document = FlowDocument.open(example);
        String original = document.text();
        for (String id : document.flow().nodes().keySet()) {
            // when a node moves
            MoveNode move = new MoveNode(document, id, 1234, 567);
            move.apply();
            // then one line changed, and it is the node's layout line with the new place
            assertThat(ExampleFlows.changedLines(original, document.text())).as(id).isEqualTo(1);
            assertThat(document.text()).containsPattern("(?m)^  " + id + ":\\s*\\{x: 1234,\\s*y: 567\\}$");
            move.undo();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleFlows")
    void shouldKeepTheSameProblemsWhenANodeIsRenamed(Path example) throws Exception {
        // given an example flow and its problems (none, or warnings)
        FlowDocument document = FlowDocument.open(example);
        List<String> before = problems(document, Function.identity());
        for (String id : List.copyOf(document.flow().nodes().keySet())) {
            // when a node is renamed
            RenameNode rename = new RenameNode(document, id, id + "-renamed");
            rename.apply();
            // then the flow has the same problems, the node's id aside, and no reference to the old id
            assertThat(problems(document, line -> line.replace(id + "-renamed", id))).as(id).isEqualTo(before);
            assertThat(RenameNode.references(document.flow(), id)).isEmpty();
            rename.undo();
        }
    }

    private static List<String> problems(FlowDocument document, Function<String, String> normalize) {
        return new Validator().validate(FlowSet.of(List.of(document.flow()))).lines().stream().map(normalize).toList();
    }

    /** One edit of each kind for every node it applies to. */
    private static List<FlowEdit> editsOf(FlowDocument document) {
        List<FlowEdit> edits = new ArrayList<>();
        List<String> ids = List.copyOf(document.flow().nodes().keySet());
        for (FlowNode node : document.flow().nodes().values()) {
            String id = node.id();
            edits.add(new MoveNode(document, id, 10, 20));
            edits.add(new RenameNode(document, id, id + "-2"));
            edits.add(new DeleteNode(document, id));
            edits.add(new SetField(document, id, List.of("description"), "Checked by " + id));
            edits.add(new ConnectOutcome(document, id, Outcome.named("error"), ids.get(0)));
            edits.add(new SetField(document, id, List.of("type"), node.typeName().equals("play") ? "hangup" : "play"));
            if (node.typeName().equals("menu")) {
                edits.add(new AddMenuOption(document, id, "8", List.of("something else"), ids.get(0)));
                String first = ((org.centralita.flows.yaml.YamlNode.Mapping) node.field("options").orElseThrow())
                        .entries().keySet().iterator().next();
                edits.add(new RemoveMenuOption(document, id, first));
                edits.add(new ConnectOutcome(document, id, Outcome.option(first), ids.get(ids.size() - 1)));
                edits.add(new SetField(document, id, List.of("options", first, "say"), List.of("one", "two")));
            }
            if (node.typeName().equals("decision")) {
                edits.add(new ConnectOutcome(document, id, Outcome.branch(0), ids.get(0)));
                edits.add(new SetField(document, id, List.of("branches", 0, "when"), "1 == 1"));
            }
            node.field("prompt").ifPresent(p -> edits.add(new SetField(document, id, List.of("prompt"), "New words: \"quoted\"")));
            node.field("prompt").ifPresent(p -> edits.add(new SetField(document, id, List.of("prompt"), null)));
        }
        edits.add(new CreateNode(document, "brand-new", "play", Map.of("prompt", "Hello", "next", ids.get(0)), 5, 6));
        edits.add(new CreateNode(document, "brand-new-menu", "menu", Map.of("prompt", "Press 1",
                "options", Map.of("1", Map.of("next", ids.get(0))), "max-retries", ids.get(0)), 5, 6));
        return edits;
    }
}
