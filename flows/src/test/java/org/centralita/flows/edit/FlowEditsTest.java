package org.centralita.flows.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Validator;
import org.junit.jupiter.api.Test;

/** Each edit writes what it must, where it must, in the file's own style, and keeps every comment. */
class FlowEditsTest {

    private final FlowDocument document = CommentedFlow.open();
    private final String original = document.text();

    @Test
    void shouldChangeOnlyTheLayoutValuesWhenANodeMoves() {
        // when main-menu moves
        new MoveNode(document, "main-menu", 300, 80).apply();
        // then only its layout line changed, its alignment and comment kept
        assertThat(document.text()).isEqualTo(original.replace("main-menu:  {x: 240, y: 40}   # centre",
                "main-menu:  {x: 300, y: 80}   # centre"));
    }

    @Test
    void shouldAddALayoutLineForANodeWithoutAPlace() {
        // when check-stock, which has no layout line, moves
        new MoveNode(document, "check-stock", 640, 40).apply();
        // then its line is added after the last layout line, before the closing comment
        assertThat(document.text()).contains("  sorry:      {x: 240, y: 240}\n  check-stock: {x: 640, y: 40}\n# End of file.\n");
    }

    @Test
    void shouldAddTheLayoutSectionWhenTheFileHasNone() {
        // given a flow without layout
        FlowDocument bare = CommentedFlow.open(original.substring(0, original.indexOf("# Layout below")));
        // when a node moves
        new MoveNode(bare, "greet", 1, 2).apply();
        // then a layout section is written at the end, one line for the node
        assertThat(bare.text()).endsWith("    prompt: Sorry, goodbye.\n\nlayout:\n  greet: {x: 1, y: 2}\n");
        assertThat(bare.flow().root().has("layout")).isTrue();
    }

    @Test
    void shouldRewriteEveryReferenceWhenANodeIsRenamed() {
        // when main-menu is renamed
        new RenameNode(document, "main-menu", "sales-menu").apply();
        // then the node, its layout line and every outcome going to it are renamed, nothing else
        assertThat(document.text()).isEqualTo(original.replace("main-menu", "sales-menu"));
        assertThat(CommentedFlow.comments(document.text())).isEqualTo(CommentedFlow.comments(original));
    }

    @Test
    void shouldRenameStartOptionsAndBranchesButNotOtherTextThatHappensToMatch() {
        // when 'orders' (also a queue name and a phrase) is renamed
        new RenameNode(document, "orders", "order-desk").apply();
        // then option 2's next, the branch's next and the node are renamed; the queue name and phrase are not
        assertThat(document.text())
                .contains("\"2\": {say: [orders], next: order-desk}")
                .contains("- {when: 'call.ani == \"1\"', next: order-desk}   # staff test line")
                .contains("  order-desk:\n    type: queue\n    queue: orders   # the ACD queue")
                .contains("  order-desk:     {x: 440, y: 140}");
        assertThat(document.flow().node("order-desk")).isPresent();
    }

    @Test
    void shouldRefuseARenameToAnIdTakenOrMalformed() {
        // when renamed to an existing id or a malformed one, then the edit is refused and nothing changes
        assertThat(new RenameNode(document, "greet", "sorry").refusal()).contains("there is already a node 'sorry' in this flow");
        assertThatThrownBy(() -> new RenameNode(document, "greet", "Greet!").apply())
                .isInstanceOf(EditException.class).hasMessageContaining("must match [a-z][a-z0-9-]*");
        assertThat(new RenameNode(document, "nobody", "x").refusal()).contains("there is no node 'nobody' in this flow");
        assertThat(document.text()).isEqualTo(original);
    }

    @Test
    void shouldDeleteANodeWithItsLayoutLineAndKeepItsNeighboursComments() {
        // when offers is deleted
        new DeleteNode(document, "offers").apply();
        // then its lines and its layout line are gone, and no other line
        assertThat(document.text()).isEqualTo(original
                .replace("  offers:\n    type: play\n    prompt: Our offers change every week.\n    next: main-menu\n\n", "")
                .replace("  offers:     {x: 440, y: 40}\n", ""));
        assertThat(document.flow().node("offers")).isEmpty();
        // and the option that went to it is named by the validator, not dropped
        assertThat(new Validator().validate(FlowSet.of(List.of(document.flow()))).lines())
                .anyMatch(line -> line.contains("node 'main-menu': option '1' goes to unknown node 'offers'"));
    }

    @Test
    void shouldCreateANodeInTheStyleOfTheOthersAndPlaceIt() {
        // when a menu is created with an option
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("prompt", "Press 1 to confirm.");
        fields.put("timeout", Duration.ofSeconds(8));
        fields.put("retries", 2);
        fields.put("barge-in", false);
        fields.put("options", Map.of("1", Map.of("next", "orders")));
        fields.put("max-retries", "sorry");
        new CreateNode(document, "confirm", "menu", fields, 640, 40).apply();
        // then it follows the last node after a blank line, its option on one line, and has a layout line
        assertThat(document.text()).contains("""
                    prompt: Sorry, goodbye.

                  confirm:
                    type: menu
                    prompt: Press 1 to confirm.
                    timeout: 8s
                    retries: 2
                    barge-in: false
                    options:
                      "1": {next: orders}
                    max-retries: sorry
                # Layout below is the designer's.
                """).contains("  sorry:      {x: 240, y: 240}\n  confirm: {x: 640, y: 40}\n");
        assertThat(document.flow().node("confirm").orElseThrow().typeName()).isEqualTo("menu");
    }

    @Test
    void shouldSetReplaceAndRemoveFieldsWithOneLineEach() {
        // when a field is added, one replaced keeping its comment, and one removed
        new SetField(document, "greet", List.of("barge-in"), false).apply();
        new SetField(document, "greet", List.of("prompt"), "Hello: welcome to sales #1").apply();
        new SetField(document, "orders", List.of("overflow"), null).apply();
        // then each wrote one line, text quoted only where YAML needs it
        assertThat(document.text())
                .contains("    prompt: \"Hello: welcome to sales #1\"   # keep it short\n    next: main-menu\n    barge-in: false\n")
                .contains("    queue: orders   # the ACD queue\n\n  check-stock:");
        assertThat(document.flow().node("greet").orElseThrow().text("prompt")).contains("Hello: welcome to sales #1");
    }

    @Test
    void shouldConnectReconnectAndDisconnectOutcomes() {
        // when option 1 is reconnected, the decision's branch reconnected and the play given an error outcome
        new ConnectOutcome(document, "main-menu", Outcome.option("1"), "orders").apply();
        new ConnectOutcome(document, "check-stock", Outcome.branch(0), "offers").apply();
        new ConnectOutcome(document, "offers", Outcome.named("error"), "sorry").apply();
        // then each target is written in place, the new outcome added
        assertThat(document.text())
                .contains("\"1\": {say: [offers], next: orders}   # the busiest option")
                .contains("- {when: 'call.ani == \"1\"', next: offers}   # staff test line")
                .contains("    next: main-menu\n    error: sorry\n");
        // and connecting to a node that does not exist is refused
        assertThat(new ConnectOutcome(document, "offers", Outcome.named("next"), "nowhere").refusal())
                .contains("there is no node 'nowhere' in this flow to connect to");
    }

    @Test
    void shouldAddAndRemoveDecisionBranchesByTheirIndex() {
        // when a branch is added after the last one, then the first one is removed
        Map<String, Object> branch = new LinkedHashMap<>();
        branch.put("when", "call.ani == \"2\"");
        branch.put("next", "offers");
        new SetField(document, "check-stock", List.of("branches", 1), branch).apply();
        String added = document.text();
        new SetField(document, "check-stock", List.of("branches", 0), null).apply();
        // then the new branch is one line like the other (quoted only where YAML needs it), and removing the first leaves only it
        assertThat(added).contains("""
                      - {when: 'call.ani == "1"', next: orders}   # staff test line
                      - {when: call.ani == "2", next: offers}
                    else: sorry
                """);
        assertThat(document.text()).contains("    branches:\n      - {when: call.ani == \"2\", next: offers}\n    else: sorry\n");
    }

    @Test
    void shouldSetTheFlowsOwnFieldsAndRefuseAStartThatIsNoNode() {
        // when the flow's name, start and a default are set
        new SetFlowField(document, List.of("name"), "Sales line").apply();
        new SetFlowField(document, List.of("start"), "main-menu").apply();
        new SetFlowField(document, List.of("defaults"), Map.of("timeout", Duration.ofSeconds(7))).apply();
        // then each is written where it belongs, the start's comment kept
        assertThat(document.text()).contains("id: sales\nname: Sales line\nstart: main-menu   # the first node\n"
                + "defaults:\n  timeout: 7s\non-error: sorry\n\nnodes:");
        assertThat(document.flow().defaults().timeout()).isEqualTo(Duration.ofSeconds(7));
        // and a start that names no node is refused
        assertThat(new SetFlowField(document, List.of("start"), "nowhere").refusal())
                .contains("'start' must name a node of this flow; there is no node 'nowhere'");
    }

    @Test
    void shouldAddAndRemoveMenuOptionsOnOneLineEach() {
        // when an option is added and another removed
        new AddMenuOption(document, "main-menu", "0", List.of("agent", "operator"), "orders").apply();
        new RemoveMenuOption(document, "main-menu", "1").apply();
        // then the new option is one line like the others, the removed one's line is gone
        assertThat(document.text()).contains("""
                    options:
                      "2": {say: [orders], next: orders}
                      "0": {say: [agent, operator], next: orders}
                    max-retries: sorry
                """).doesNotContain("the busiest option");
        // and a key used twice or not a DTMF key is refused
        assertThat(new AddMenuOption(document, "main-menu", "2", List.of(), "sorry").refusal())
                .contains("menu 'main-menu' already has an option '2'");
        assertThat(new AddMenuOption(document, "main-menu", "12", List.of(), "sorry").refusal())
                .contains("option '12' must be one DTMF key: 0-9, * or #");
    }

    @Test
    void shouldKeepEveryCommentThroughAllEditsAndGiveBackTheTextOnUndo() {
        // given every kind of edit, applied one after the other through a history
        EditHistory history = new EditHistory();
        List<FlowEdit> edits = List.of(
                new MoveNode(document, "greet", 1, 1),
                new CreateNode(document, "extra", "play", Map.of("prompt", "Extra", "next", "sorry"), 2, 2),
                new RenameNode(document, "greet", "hello"),
                new SetField(document, "hello", List.of("prompt"), "Hi"),
                new ConnectOutcome(document, "hello", Outcome.named("next"), "extra"),
                new AddMenuOption(document, "main-menu", "9", List.of(), "hello"),
                new RemoveMenuOption(document, "main-menu", "2"),
                new DeleteNode(document, "check-stock"));
        // when all are applied
        edits.forEach(history::apply);
        // then the comments are all there, minus the one on the deleted branch line
        List<String> kept = CommentedFlow.comments(original).stream().filter(c -> !c.equals("# staff test line")).toList();
        assertThat(CommentedFlow.comments(document.text())).isEqualTo(kept);
        // and undoing everything gives the original text back
        while (history.undo()) {
            assertThat(document.flow()).isNotNull();
        }
        assertThat(document.text()).isEqualTo(original);
        // and redoing everything gives the edited text again
        while (history.redo()) {
            assertThat(document.isDirty()).isTrue();
        }
        assertThat(CommentedFlow.comments(document.text())).isEqualTo(kept);
    }

    @Test
    void shouldKeepWindowsLineEndsAByteOrderMarkAndCharactersBeyondTheBasicPlane() {
        // given the flow with CRLF line ends, a BOM and an emoji before the edited place
        String text = "\uFEFF" + original.replace("Welcome to sales.", "Welcome 😀 to sales.").replace("\n", "\r\n");
        FlowDocument crlf = CommentedFlow.open(text);
        // when a node moves, is created and is renamed
        new MoveNode(crlf, "offers", 7, 8).apply();
        new CreateNode(crlf, "extra", "hangup", Map.of(), 0, 0).apply();
        new RenameNode(crlf, "greet", "hello").apply();
        new SetField(crlf, "hello", List.of("next"), "offers").apply();
        // then every line still ends in CRLF, the BOM and the emoji are kept, the edits are right
        assertThat(crlf.text()).startsWith("\uFEFF# Sales").doesNotContainPattern("[^\r]\n")
                .contains("  offers:     {x: 7, y: 8}\r\n").contains("  extra:\r\n    type: hangup\r\n")
                .contains("  hello:\r\n    type: play\r\n    prompt: Welcome 😀 to sales.   # keep it short\r\n    next: offers\r\n");
        assertThat(crlf.flow().start()).contains("hello");
    }
}
