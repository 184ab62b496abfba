package org.centralita.designer.commands;

import java.nio.file.Path;
import java.util.List;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowSet;

/** Whether the flow being edited is a subflow: it has a return node or another flow runs it. */
final class SubflowCheck {

    private SubflowCheck() {
    }

    static boolean isSubflow(FlowDiagram diagram) {
        Flow flow = diagram.flow();
        if (flow.nodes().values().stream().anyMatch(n -> "return".equals(n.typeName()))) {
            return true;
        }
        Path directory = diagram.file().toAbsolutePath().getParent();
        return FlowSet.load(List.of(directory)).flows().stream()
                .flatMap(other -> other.nodes().values().stream())
                .anyMatch(n -> "subflow".equals(n.typeName()) && n.text("flow").filter(flow.id()::equals).isPresent());
    }
}
