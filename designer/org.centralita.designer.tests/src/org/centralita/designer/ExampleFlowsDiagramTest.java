package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.parts.NodePart;
import org.centralita.designer.parts.WirePart;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.model.FlowReader;
import org.centralita.flows.validate.OutcomeLink;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each example flow opens in the diagram with every node and every connection drawn. */
class ExampleFlowsDiagramTest {

    @AfterEach
    void closeEditors() {
        StudioUi.onUi(() -> StudioUi.page().closeAllEditors(false));
    }

    @TestFactory
    Stream<DynamicTest> shouldDrawEveryNodeAndConnectionOfEachExampleFlow() throws IOException {
        List<Path> flows;
        try (Stream<Path> files = Files.list(StudioUi.examples())) {
            flows = files.filter(p -> p.toString().endsWith(".flow.yaml")).sorted().toList();
        }
        assertThat(flows).hasSizeGreaterThanOrEqualTo(4);
        return flows.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> StudioUi.onUi(() -> showsEveryNodeAndConnection(file))));
    }

    private static void showsEveryNodeAndConnection(Path file) throws Exception {
        {
            // given: the nodes and outcome links the flows module reads from the file
            Flow flow = FlowReader.read(file);
            List<String> expectedLinks = new ArrayList<>();
            for (FlowNode node : flow.nodes().values()) {
                OutcomeLink.of(node, node.type().orElseThrow()).stream()
                        .filter(link -> flow.nodes().containsKey(link.target()))
                        .forEach(link -> expectedLinks.add(node.id() + "->" + link.target()));
            }

            // when: the analyst opens the file
            FlowEditor editor = (FlowEditor) EditorOpener.open(StudioUi.page(), file);
            StudioUi.drain();
            GraphicalViewer viewer = editor.viewer();

            // then: every node has its part and figure, titled with its id
            for (FlowNode node : flow.nodes().values()) {
                NodePart part = (NodePart) editor.partOf(node.id());
                assertThat(part).as("node %s", node.id()).isNotNull();
                assertThat(part.nodeFigure().titleText()).contains(node.id());
                assertThat(part.nodeFigure().isVisible()).isTrue();
            }
            // and every outcome link is a connection from its source to its target
            List<String> drawn = viewer.getEditPartRegistry().values().stream()
                    .filter(WirePart.class::isInstance).map(p -> ((WirePart) p).wire())
                    .map(w -> ((OutcomeWire) w).source() + "->" + ((OutcomeWire) w).target()).toList();
            assertThat(drawn).containsExactlyInAnyOrderElementsOf(expectedLinks);
            // and the start node is marked
            String start = flow.start().orElseThrow();
            assertThat(((NodePart) editor.partOf(start)).nodeFigure().titleText()).startsWith("\u25B6");
            // and no two nodes overlap
            assertNoOverlaps(editor, flow);
            // and a picture of the diagram is kept as a build artefact
            Path picture = StudioUi.screenshot(viewer, file.getFileName().toString().replace(".flow.yaml", ""));
            assertThat(ImageIO.read(picture.toFile()).getWidth()).isGreaterThan(400);
        }
    }

    @org.junit.jupiter.api.Test
    void shouldLayOutAFlowWithoutLayoutLeftToRightWithoutOverlaps() throws Exception {
        // given: the bank's main flow without its layout section
        Path copy = StudioUi.copyOfExamples().resolve("bank-main.flow.yaml");
        String text = Files.readString(copy);
        Files.writeString(copy, text.substring(0, text.indexOf("\nlayout:") + 1));
        Flow flow = FlowReader.read(copy);

        StudioUi.onUi(() -> {
            // when: it is opened
            FlowEditor editor = (FlowEditor) EditorOpener.open(StudioUi.page(), copy);
            StudioUi.drain();

            // then: ELK placed every node, none overlaps, and the call reads left to right:
            // every outcome of the first steps leads further right
            assertNoOverlaps(editor, flow);
            for (String[] step : new String[][] {{"greet", "check-hours"}, {"check-hours", "advisers-available"},
                {"advisers-available", "main-menu"}}) {
                assertThat(xOf(editor, step[0])).as(step[0] + " before " + step[1]).isLessThan(xOf(editor, step[1]));
            }
            StudioUi.screenshot(editor.viewer(), "bank-main-elk-layout");
        });
    }

    private static int xOf(FlowEditor editor, String id) {
        return ((NodePart) editor.partOf(id)).getFigure().getBounds().x;
    }

    static void assertNoOverlaps(FlowEditor editor, Flow flow) {
        List<Rectangle> boxes = new ArrayList<>();
        for (String id : flow.nodes().keySet()) {
            Rectangle box = ((NodePart) editor.partOf(id)).getFigure().getBounds();
            for (Rectangle other : boxes) {
                assertThat(box.intersects(other)).as("%s overlaps a node at %s", id, other).isFalse();
            }
            boxes.add(box);
        }
    }
}
