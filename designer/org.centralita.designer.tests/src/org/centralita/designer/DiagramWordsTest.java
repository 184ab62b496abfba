package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.parts.NodePart;
import org.centralita.designer.parts.WirePart;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.model.FlowReader;
import org.centralita.flows.yaml.YamlNode;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.geometry.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The diagram reads like the flow: each node shows the first words its caller hears, in the
 * flow's default language, and each connection is labelled with its outcome.
 */
class DiagramWordsTest {

    @AfterEach
    void closeEditors() {
        StudioUi.onUi(() -> StudioUi.page().closeAllEditors(false));
    }

    @Test
    void shouldShowThePromptsFirstWordsOnTheBanksNodes() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(StudioUi.examples().resolve("bank-main.flow.yaml"));

            // a prompt named by its key of prompts:, a long one cut after six words, segments, inline text
            assertThat(summary(editor, "greet")).isEqualTo("Welcome to Acme Bank.");
            assertThat(summary(editor, "main-menu")).isEqualTo("For your balance, press 1 or\u2026");
            assertThat(summary(editor, "advisers-closed-notice")).isEqualTo("Our advisers are not available right\u2026");
            assertThat(summary(editor, "holiday-notice")).isEqualTo("Our advisers are closed today for\u2026");
            assertThat(summary(editor, "ask-pin")).isEqualTo("Please enter your four-digit PIN.");
            // the words are painted inside the node, under its title: whole when they fit, else their beginning
            NodePart greet = (NodePart) editor.partOf("greet");
            assertThat(greet.nodeFigure().getBounds().contains(summaryLabel(greet).getBounds())).isTrue();
            assertThat(summaryLabel(greet).getSubStringText()).isEqualTo("Welcome to Acme Bank.");
            assertThat(summaryLabel((NodePart) editor.partOf("main-menu")).getSubStringText()).startsWith("For your");
        });
    }

    @Test
    void shouldShowTheMenusOptionsAsLabelsOnTheirConnections() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(StudioUi.examples().resolve("bank-main.flow.yaml"));

            Map<String, String> fromMenu = wires(editor).stream().filter(w -> w.wire().source().equals("main-menu"))
                    .collect(Collectors.toMap(WirePart::labelText, w -> w.wire().target()));

            assertThat(fromMenu).containsExactlyInAnyOrderEntriesOf(Map.of("1", "intent-balance", "2", "intent-lost-card",
                    "3", "record-dispute", "4", "fraud-transfer", "0", "intent-adviser", "max-retries", "menu-goodbye"));
            assertThat(wires(editor).stream().filter(w -> w.wire().source().equals("check-hours")).map(WirePart::labelText))
                    .containsExactlyInAnyOrder("open", "closed", "holiday");
        });
    }

    @TestFactory
    Stream<DynamicTest> shouldShowEachExampleNodesPromptAndEachConnectionsOutcome() throws IOException {
        List<Path> flows;
        try (Stream<Path> files = Files.list(StudioUi.examples())) {
            flows = files.filter(p -> p.toString().endsWith(".flow.yaml")).sorted().toList();
        }
        return flows.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> StudioUi.onUi(() -> showsPromptsAndOutcomes(file))));
    }

    private void showsPromptsAndOutcomes(Path file) throws Exception {
        Flow flow = FlowReader.read(file);
        FlowEditor editor = open(file);
        int prompts = 0;
        for (FlowNode node : flow.nodes().values()) {
            Optional<String> heard = textHeard(flow, node);
            if (heard.isEmpty()) {
                continue;
            }
            prompts++;
            // the node shows the beginning of what the caller hears, in whole words
            String shown = summary(editor, node.id());
            String words = shown.endsWith("\u2026") ? shown.substring(0, shown.length() - 1) : shown;
            String said = heard.get().strip().replaceAll("\\s+", " ");
            assertThat(said).as("%s shows '%s'", node.id(), shown).startsWith(words);
            assertThat(words.split(" ").length).as(node.id()).isGreaterThanOrEqualTo(Math.min(4, said.split(" ").length));
            assertThat(shown.endsWith("\u2026")).as(node.id()).isEqualTo(words.length() < said.length());
        }
        assertThat(prompts).as("nodes with a prompt in " + file.getFileName()).isGreaterThan(2);
        // every connection is labelled with its outcome's name, and the label sits on the line
        List<WirePart> wires = wires(editor);
        assertThat(wires).isNotEmpty();
        for (WirePart wire : wires) {
            assertThat(wire.labelText()).isEqualTo(wire.wire().outcome());
            Rectangle line = ((PolylineConnection) wire.getFigure()).getPoints().getBounds().getCopy().expand(2, 2);
            assertThat(line.contains(wire.labelFigure().getBounds().getCenter()))
                    .as("label of %s on its line %s", wire.wire(), line).isTrue();
        }
    }

    @Test
    void shouldShowThePromptInTheFlowsDefaultLanguageWhateverTheOrderInTheFile() throws Exception {
        // given: the bilingual citizen line with Spanish as its default language (English written first)
        Path copy = StudioUi.copyOfExamples().resolve("citizen-line.flow.yaml");
        Files.writeString(copy, Files.readString(copy).replace("languages: [en-US, es-ES]", "languages: [es-ES, en-US]"));

        StudioUi.onUi(() -> {
            FlowEditor editor = open(copy);
            // a shared prompt, inline text by language
            assertThat(summary(editor, "welcome")).isEqualTo("Bienvenido a los Servicios Municipales de\u2026");
            assertThat(summary(editor, "no-slots-notice")).isEqualTo("Lo sentimos, ahora no hay citas\u2026");
        });
        StudioUi.onUi(() -> {
            StudioUi.page().closeAllEditors(false);
            // and the example itself, English first: English
            FlowEditor editor = open(StudioUi.examples().resolve("citizen-line.flow.yaml"));
            assertThat(summary(editor, "welcome")).isEqualTo("Welcome to Springfield City Services.");
        });
    }

    /**
     * What the caller hears first at a node, worked out here from the file: the prompt (a key of
     * {@code prompts:} stands for its text), in the default language, its first text segment.
     */
    private static Optional<String> textHeard(Flow flow, FlowNode node) {
        Optional<YamlNode> prompt = node.field("prompt");
        if (prompt.isEmpty()) {
            return Optional.empty();
        }
        YamlNode value = prompt.get();
        if (value instanceof YamlNode.Scalar key && flow.prompts().containsKey(key.value())) {
            value = flow.prompts().get(key.value());
        }
        if (value instanceof YamlNode.Mapping byLanguage && byLanguage.has(flow.defaultLanguage())) {
            value = byLanguage.get(flow.defaultLanguage()).orElseThrow();
        }
        if (value instanceof YamlNode.Sequence segments && !segments.items().isEmpty()
                && segments.items().get(0) instanceof YamlNode.Mapping first) {
            return first.text("text");
        }
        return value instanceof YamlNode.Scalar text ? Optional.of(text.value()) : Optional.empty();
    }

    private static FlowEditor open(Path file) throws Exception {
        FlowEditor editor = (FlowEditor) EditorOpener.open(StudioUi.page(), file);
        StudioUi.drain();
        return editor;
    }

    private static String summary(FlowEditor editor, String nodeId) {
        return ((NodePart) editor.partOf(nodeId)).nodeFigure().summaryText();
    }

    private static org.eclipse.draw2d.Label summaryLabel(NodePart part) {
        return Arrays.stream(part.nodeFigure().getChildren().toArray())
                .map(org.eclipse.draw2d.Label.class::cast)
                .filter(l -> l.getText().equals(part.nodeFigure().summaryText())).findFirst().orElseThrow();
    }

    private static List<WirePart> wires(FlowEditor editor) {
        return editor.viewer().getEditPartRegistry().values().stream()
                .filter(WirePart.class::isInstance).map(WirePart.class::cast).toList();
    }
}
