package org.centralita.flows.executable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centralita.flows.model.Defaults;

/**
 * A compiled, immutable flow version: what calls run. A call keeps the instance it started with,
 * so publishing a new version never changes a call in progress.
 *
 * @param version the version label (a publish number, or a content hash for files)
 * @param nodes every node by id, in the order written
 * @param subflows the compiled flows this one calls, by id (linked at compile time)
 */
public record ExecutableFlow(String id, String version, String name, List<String> languages,
                             String start, String onError, Defaults defaults,
                             Map<String, VariableSpec> variables, Map<String, ExecutableNode> nodes,
                             Map<String, ExecutableFlow> subflows) {

    public ExecutableFlow {
        languages = List.copyOf(languages);
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        subflows = Map.copyOf(subflows);
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    public ExecutableNode node(String nodeId) {
        ExecutableNode node = nodes.get(nodeId);
        if (node == null) {
            throw new IllegalStateException("flow '" + id + "' has no node '" + nodeId + "'");
        }
        return node;
    }

    public Optional<ExecutableFlow> subflow(String flowId) {
        return Optional.ofNullable(subflows.get(flowId));
    }

    public boolean isSensitive(String variable) {
        VariableSpec spec = variables.get(variable);
        return spec != null && spec.sensitive();
    }
}
