package org.centralita.flows.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edits made as one: a layout over many nodes, a paste of copied nodes, undone with one undo. */
class GroupEditsTest {

    private final FlowDocument document = CommentedFlow.open();
    private final String original = document.text();

    @Test
    void shouldPlaceManyNodesInOneEditChangingOnlyLayoutLines() {
        // given new places for two placed nodes and for check-stock, which has no layout line
        Map<String, PlaceNodes.Place> places = new LinkedHashMap<>();
        places.put("greet", new PlaceNodes.Place(10, 20));
        places.put("check-stock", new PlaceNodes.Place(700, 50));
        places.put("sorry", new PlaceNodes.Place(30, 400));
        places.put("offers", new PlaceNodes.Place(440, 40));
        PlaceNodes layout = new PlaceNodes(document, places);

        // when
        layout.apply();

        // then: the lines of the placed nodes changed in place, check-stock's line added after the last one
        assertThat(document.text()).isEqualTo(original
                .replace("greet:      {x: 40, y: 40}", "greet:      {x: 10, y: 20}")
                .replace("sorry:      {x: 240, y: 240}\n", "sorry:      {x: 30, y: 400}\n  check-stock: {x: 700, y: 50}\n"));
        assertThat(CommentedFlow.comments(document.text())).isEqualTo(CommentedFlow.comments(original));
        layout.undo();
        assertThat(document.text()).isEqualTo(original);
        layout.redo();
        assertThat(document.text()).contains("  check-stock: {x: 700, y: 50}\n# End of file.");
    }

    @Test
    void shouldWriteTheLayoutSectionInOrderWhenTheFileHasNone() {
        FlowDocument bare = CommentedFlow.open(original.substring(0, original.indexOf("# Layout below")));
        Map<String, PlaceNodes.Place> places = new LinkedHashMap<>();
        places.put("greet", new PlaceNodes.Place(1, 2));
        places.put("main-menu", new PlaceNodes.Place(3, 4));

        new PlaceNodes(bare, places).apply();

        assertThat(bare.text()).endsWith("\nlayout:\n  greet: {x: 1, y: 2}\n  main-menu: {x: 3, y: 4}\n");
    }

    @Test
    void shouldRefuseToPlaceANodeThatIsNotThere() {
        assertThat(new PlaceNodes(document, Map.of("nobody", new PlaceNodes.Place(1, 1))).refusal())
                .contains("there is no node 'nobody' in this flow");
    }

    @Test
    void shouldCopyANodeWithItsValuesWrittenAsTheyWere() {
        NodeCopy menu = NodeCopy.of(document.flow().node("main-menu").orElseThrow());

        assertThat(menu.type()).isEqualTo("menu");
        assertThat(menu.fields()).containsOnlyKeys("prompt", "options", "max-retries");
        // an option's next retargeted, another cleared, the copy's own fields untouched
        NodeCopy pasted = menu.withOutcome(List.of("options", "1", "next"), "offers-2")
                .withOutcome(List.of("options", "2", "next"), null);
        assertThat(pasted.fields().get("options")).isEqualTo(Map.of(
                "1", Map.of("say", List.of("offers"), "next", "offers-2"),
                "2", Map.of("say", List.of("orders"))));
        assertThat(menu.fields().get("options")).isEqualTo(Map.of(
                "1", Map.of("say", List.of("offers"), "next", "offers"),
                "2", Map.of("say", List.of("orders"), "next", "orders")));
    }

    @Test
    void shouldPasteCopiesAsOneEditThenUndoToTheExactText() {
        // given copies of main-menu and offers; the menu's option 1 goes to the copied offers
        NodeCopy menu = NodeCopy.of(document.flow().node("main-menu").orElseThrow())
                .withOutcome(List.of("options", "1", "next"), "offers-2")
                .withOutcome(List.of("options", "2", "next"), null)
                .withOutcome(List.of("max-retries"), null);
        NodeCopy offers = NodeCopy.of(document.flow().node("offers").orElseThrow())
                .withOutcome(List.of("next"), "main-menu-2");
        EditGroup paste = new EditGroup("Paste", List.of(
                new CreateNode(document, "main-menu-2", menu.type(), menu.fields(), 270, 70),
                new CreateNode(document, "offers-2", offers.type(), offers.fields(), 470, 70)));

        // when
        assertThat(paste.refusal()).isEmpty();
        paste.apply();

        // then: both nodes written with their values, quoted option keys kept, outcomes as asked
        assertThat(document.text()).contains("""
                  main-menu-2:
                    type: menu
                    prompt: For offers press 1. For orders press 2.
                    options:
                      "1": {say: [offers], next: offers-2}
                      "2": {say: [orders]}
                """).contains("""
                  offers-2:
                    type: play
                    prompt: Our offers change every week.
                    next: main-menu-2
                """).contains("  main-menu-2: {x: 270, y: 70}").contains("  offers-2: {x: 470, y: 70}");
        assertThat(document.flow().node("offers-2").orElseThrow().text("next")).contains("main-menu-2");
        paste.undo();
        assertThat(document.text()).isEqualTo(original);
        paste.redo();
        assertThat(document.flow().node("main-menu-2")).isPresent();
    }

    @Test
    void shouldTakeBackTheEditsMadeWhenOneOfTheGroupFails() {
        EditGroup twice = new EditGroup("Paste", List.of(
                new CreateNode(document, "extra", "play", Map.of("prompt", "Hi"), 1, 1),
                new CreateNode(document, "extra", "play", Map.of("prompt", "Hi"), 2, 2)));

        assertThatThrownBy(twice::apply).isInstanceOf(EditException.class).hasMessageContaining("already a node 'extra'");
        assertThat(document.text()).isEqualTo(original);
        assertThat(new EditGroup("Paste", List.of()).refusal()).contains("nothing to paste");
    }
}
