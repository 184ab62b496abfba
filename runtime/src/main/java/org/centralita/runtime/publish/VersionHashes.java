package org.centralita.runtime.publish;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.centralita.runtime.publish.BuildResult.BuiltFlow;

/**
 * The content hash of each flow of a bundle: its own file, the files of the subflows it calls
 * (a subflow is compiled into its caller) and every file of the bundle that is not a flow
 * (calendars, rules, recordings), so that a saved change to any of them makes a new version.
 */
final class VersionHashes {

    private final FlowBundle bundle;
    private final Map<String, BuiltFlow> byId;
    private final List<String> supportFiles;

    VersionHashes(FlowBundle bundle, List<BuiltFlow> flows) {
        this.bundle = bundle;
        this.byId = flows.stream().collect(Collectors.toMap(b -> b.flow().id(), Function.identity(), (a, b) -> a));
        this.supportFiles = bundle.files().keySet().stream().filter(p -> !BundlePaths.isFlowFile(p)).toList();
    }

    String of(String flowId) {
        return bundle.hashOf(files(flowId).toArray(String[]::new));
    }

    /** What a version of the flow is made of: the files its hash covers. */
    FlowBundle content(String flowId) {
        Map<String, byte[]> content = new java.util.TreeMap<>();
        files(flowId).forEach(path -> content.put(path, bundle.files().get(path)));
        return FlowBundle.of(content);
    }

    private TreeSet<String> files(String flowId) {
        TreeSet<String> files = new TreeSet<>(supportFiles);
        Deque<String> pending = new ArrayDeque<>(List.of(flowId));
        TreeSet<String> seen = new TreeSet<>();
        while (!pending.isEmpty()) {
            BuiltFlow built = byId.get(pending.pop());
            if (built != null && seen.add(built.flow().id())) {
                files.add(built.file());
                pending.addAll(built.flow().subflows().keySet());
            }
        }
        return files;
    }
}
