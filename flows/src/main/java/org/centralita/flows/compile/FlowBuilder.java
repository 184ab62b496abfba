package org.centralita.flows.compile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.SubflowNode;
import org.centralita.flows.executable.VariableSpec;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.model.FlowReader;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.yaml.FlowReadException;

/** Compiles one flow's variables and nodes, each node by the step of its type. */
final class FlowBuilder {

    private static final int VERSION_HEX_DIGITS = 12;

    private FlowBuilder() {
    }

    static CompiledFlow build(Flow flow, CompileSession session, List<Problem> problems) {
        FlowContext context = new FlowContext(flow, session, problems);
        Map<String, VariableSpec> variables = VariableConverter.convert(flow.variables(), context);
        Map<String, ExecutableNode> nodes = new LinkedHashMap<>();
        List<CompiledFlow.Call> calls = new ArrayList<>();
        for (FlowNode node : flow.nodes().values()) {
            ExecutableNode compiled = node(node, context);
            if (compiled != null) {
                nodes.put(node.id(), compiled);
                if (compiled instanceof SubflowNode sub && sub.flow() != null) {
                    calls.add(new CompiledFlow.Call(node.id(), sub.flow(), node.positionOf("flow")));
                }
            }
        }
        checkEntry(flow, "start", true, context);
        checkEntry(flow, "on-error", false, context);
        String version = session.options().version() != null ? session.options().version() : contentHash(flow);
        return new CompiledFlow(flow, version, variables, nodes, calls, !context.failed());
    }

    private static ExecutableNode node(FlowNode node, FlowContext flow) {
        NodeType type = node.type().orElse(null);
        NodeStep step = NodeSteps.forType(node.typeName()).orElse(null);
        if (type == null || step == null) {
            flow.report(Problem.error(node.positionOf("type"), node.id(), "unknown type '" + node.typeName() + "'"));
            return null;
        }
        NodeContext context = new NodeContext(node, type, flow);
        try {
            ExecutableNode compiled = step.compile(context);
            return context.failed() ? null : compiled;
        } catch (RuntimeException e) {
            // A flaw in a step must not stop the other nodes compiling: it becomes a problem.
            flow.report(Problem.error(node.position(), node.id(), "the compiler failed on this node: " + e));
            return null;
        }
    }

    private static void checkEntry(Flow flow, String key, boolean required, FlowContext context) {
        String target = flow.root().text(key).orElse(null);
        if (target == null && required) {
            context.report(Problem.error(flow.position(), null, "missing '" + key + "' (the first node)"));
        } else if (target != null && !flow.nodes().containsKey(target)) {
            context.report(Problem.error(flow.positionOf(key), null, "'" + key + "' names unknown node '" + target + "'"));
        }
    }

    /** A short SHA-256 of the flow file's text: the same file always gives the same version. */
    private static String contentHash(Flow flow) {
        String text;
        try {
            text = FlowReader.readText(Path.of(flow.file()));
        } catch (FlowReadException e) {
            // A flow read from memory has no file: its parsed form identifies it as well.
            text = flow.root().toString();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, VERSION_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
