package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.centralita.designer.layout.DiagramLayout;
import org.centralita.designer.layout.LayoutEdges;
import org.centralita.designer.layout.LayoutEdges.Edge;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.model.Placement;
import org.centralita.flows.bench.GeneratedFlow;
import org.junit.jupiter.api.Test;

/**
 * ELK is not given the connections into a shared end (a node that leads nowhere and that four or
 * more nodes lead to) but the one from the predecessor furthest from the start; every other
 * connection is given, once per pair of nodes.
 */
class LayoutEdgesTest {

    @Test
    void shouldKeepOnlyTheConnectionFromTheLastPredecessorOfASharedEnd() {
        // a chain a -> b -> c -> d -> e, each leading also to the hang-up 'bye'
        List<String> nodes = List.of("a", "b", "c", "d", "e", "bye");
        List<Edge> connections = List.of(edge("a", "b"), edge("a", "bye"), edge("b", "c"), edge("b", "bye"),
                edge("c", "d"), edge("c", "bye"), edge("d", "e"), edge("d", "bye"), edge("e", "bye"));

        List<Edge> edges = LayoutEdges.of(nodes, connections, "a");

        assertThat(edges).containsExactly(edge("a", "b"), edge("b", "c"), edge("c", "d"), edge("d", "e"), edge("e", "bye"));
    }

    @Test
    void shouldCountTheDepthAlongTheLongestPathNotTheFileOrder() {
        // 'late' is written first but is reached last (start -> x -> y -> late), 'early' right after the start
        List<String> nodes = List.of("late", "start", "x", "y", "early", "bye");
        List<Edge> connections = List.of(edge("late", "bye"), edge("start", "x"), edge("start", "early"), edge("start", "bye"),
                edge("x", "y"), edge("x", "bye"), edge("y", "late"), edge("early", "bye"));

        List<Edge> edges = LayoutEdges.of(nodes, connections, "start");

        assertThat(edges).filteredOn(e -> e.to().equals("bye")).containsExactly(edge("late", "bye"));
        assertThat(edges).hasSize(connections.size() - 3);
    }

    @Test
    void shouldKeepEveryConnectionIntoAnEndOfFewPredecessorsOrIntoANodeThatLeadsOn() {
        // three nodes lead to 'bye': not shared; five lead to 'menu', which leads on (a loop back to the menu)
        List<String> nodes = List.of("menu", "p", "q", "r", "s", "bye");
        List<Edge> connections = List.of(edge("menu", "p"), edge("p", "q"), edge("q", "r"), edge("r", "s"),
                edge("p", "menu"), edge("q", "menu"), edge("r", "menu"), edge("s", "menu"),
                edge("p", "bye"), edge("q", "bye"), edge("s", "bye"));

        assertThat(LayoutEdges.of(nodes, connections, "menu")).containsExactlyElementsOf(connections);
    }

    @Test
    void shouldGiveTwoConnectionsBetweenTheSameNodesOnceAndIgnoreUnknownNodes() {
        // a transfer whose busy, no-answer and failed outcomes all lead to the same node
        List<String> nodes = List.of("transfer", "sorry");
        List<Edge> connections = List.of(edge("transfer", "sorry"), edge("transfer", "sorry"), edge("transfer", "sorry"),
                edge("transfer", "gone"));

        assertThat(LayoutEdges.of(nodes, connections, null)).containsExactly(edge("transfer", "sorry"));
    }

    @Test
    void shouldLayTheGeneratedFlowOutWithItsHangUpAfterEveryNodeLeadingToIt() throws Exception {
        // given: the benchmark's generated flow (groups of ten nodes, each group leading three times
        // to 'bye', and the last group's last node too)
        Path file = Files.createTempDirectory("centralita-layout").resolve("big.flow.yaml");
        Files.writeString(file, GeneratedFlow.text("big", 6, false));
        FlowDiagram diagram = FlowDiagram.open(file);
        List<String> ids = new ArrayList<>(diagram.flow().nodes().keySet());
        List<Edge> connections = new ArrayList<>();
        for (String id : ids) {
            for (OutcomeWire wire : diagram.wiresFrom(id)) {
                connections.add(edge(wire.source(), wire.target()));
            }
        }
        assertThat(diagram.wiresTo("bye")).hasSize(6 * 3 + 1);

        // when: ELK's edges are chosen and the flow is laid out
        List<Edge> edges = LayoutEdges.of(ids, connections, "menu-0");
        Map<String, Placement> places = DiagramLayout.of(diagram);

        // then: ELK sees one connection into 'bye', from the last node of the last group, and all the others
        assertThat(edges).filteredOn(e -> e.to().equals("bye")).containsExactly(edge("later-5", "bye"));
        assertThat(edges).hasSize(connections.size() - 6 * 3);
        // and every node leading to 'bye' is left of it, as when ELK saw every connection
        assertThat(places).hasSize(ids.size());
        for (OutcomeWire wire : diagram.wiresTo("bye")) {
            assertThat(places.get(wire.source()).x()).as(wire.source()).isLessThan(places.get("bye").x());
        }
    }

    private static Edge edge(String from, String to) {
        return new Edge(from, to);
    }
}
