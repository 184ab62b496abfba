package org.centralita.flows.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Flows written in ways the designer never writes (everything on one line in flow style, a node
 * as a sequence item's compact map, empty sections): every edit either reads back as a flow or is
 * refused, and undo always gives the text back.
 */
class OddlyWrittenFlowEditsTest {

    private static final String FLOW_STYLE = """
            centralita: 1
            id: 'sales'
            start: "menu"
            nodes: {menu: {type: menu, prompt: "Press 1", options: {'1': {say: [balance], next: bye}}, max-retries: bye}, bye: {type: hangup}}
            layout: {menu: {x: 1, y: 2}}
            """;

    @Test
    void shouldEditAFlowWrittenAllInFlowStyleAndUndoEveryEdit() {
        // given a flow written in flow style
        FlowDocument document = CommentedFlow.open(FLOW_STYLE);
        List<FlowEdit> edits = List.of(
                new MoveNode(document, "bye", 5, 6),
                new MoveNode(document, "menu", 7, 8),
                new RenameNode(document, "menu", "main"),
                new SetField(document, "main", List.of("timeout"), "8s"),
                new AddMenuOption(document, "main", "2", List.of("agent"), "bye"),
                new RemoveMenuOption(document, "main", "1"),
                new CreateNode(document, "hello", "play", Map.of("prompt", "Hi", "next", "main"), 0, 0),
                new SetFlowField(document, List.of("start"), "hello"),
                new DeleteNode(document, "bye"));
        EditHistory history = new EditHistory();
        // when every edit is applied
        edits.forEach(history::apply);
        // then the flow reads with what the edits made
        assertThat(document.flow().start()).contains("hello");
        assertThat(document.flow().nodes().keySet()).containsExactly("main", "hello");
        assertThat(document.text()).contains("layout: {main: {x: 7, y: 8}, hello: {x: 0, y: 0}}")
                .contains("options: {\"2\": {say: [agent], next: bye}}").contains("timeout: 8s");
        // and undoing all of them gives the text back
        while (history.undo()) {
            assertThat(document.flow()).isNotNull();
        }
        assertThat(document.text()).isEqualTo(FLOW_STYLE);
    }

    @Test
    void shouldFillEmptySectionsAndTheLastNodeRemoved() {
        // given a flow with empty nodes and layout
        FlowDocument document = CommentedFlow.open("centralita: 1\nid: sales\nstart: hello\nnodes: {}\nlayout:\n");
        // when a node is created and then deleted
        CreateNode create = new CreateNode(document, "hello", "hangup", Map.of(), 3, 4);
        create.apply();
        String created = document.text();
        new DeleteNode(document, "hello").apply();
        // then the node was written, and deleting it leaves the sections empty maps
        assertThat(created).contains("nodes: {hello: {type: hangup}}").contains("layout:\n  hello: {x: 3, y: 4}\n");
        assertThat(document.text()).isEqualTo("centralita: 1\nid: sales\nstart: hello\nnodes: {}\nlayout:\n  {}\n");
    }
}
