package org.centralita.flows.validate;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.yaml.SourcePosition;

/** What the checks of one flow share: the flow, the run it is part of, and where to report. */
final class FlowScope {

    private final ValidationRun run;
    private final Flow flow;
    private DerivedSecrets derivedSecrets;

    FlowScope(ValidationRun run, Flow flow) {
        this.run = run;
        this.flow = flow;
    }

    ValidationRun run() {
        return run;
    }

    Flow flow() {
        return flow;
    }

    ValidationOptions options() {
        return run.options();
    }

    /** Checks of file-level sections (no node). */
    NodeScope file() {
        return new NodeScope(this, null, null);
    }

    NodeScope node(FlowNode node) {
        return new NodeScope(this, node, node.type().orElse(null));
    }

    void error(SourcePosition position, String node, String message) {
        run.add(Problem.error(position, node, message));
    }

    void warning(SourcePosition position, String node, String message) {
        run.add(Problem.warning(position, node, message));
    }

    boolean hasNode(String id) {
        return flow.nodes().containsKey(id);
    }

    Set<String> nodeIds() {
        return flow.nodes().keySet();
    }

    boolean hasVariable(String name) {
        return flow.variables().containsKey(name);
    }

    Set<String> variableNames() {
        return flow.variables().keySet();
    }

    /** The sensitive variable whose value {@code variable} may hold (itself, when declared so), if any. */
    Optional<String> secretSource(String variable) {
        if (flow.isSensitive(variable)) {
            return Optional.of(variable);
        }
        if (derivedSecrets == null) {
            derivedSecrets = DerivedSecrets.of(flow, run);
        }
        return derivedSecrets.source(variable);
    }

    /** A file named relative to the flows directory, as messages name it (beside the flow file). */
    Path besideFlow(String relative) {
        Path flowFile = Path.of(flow.file());
        Path parent = flowFile.getParent();
        return parent == null ? Path.of(relative) : parent.resolve(relative);
    }
}
