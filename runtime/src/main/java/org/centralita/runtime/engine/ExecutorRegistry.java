package org.centralita.runtime.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.NodeTypes;
import org.centralita.runtime.crm.CrmConnectors;

/** The one executor of each node type, by the type's registry name. */
final class ExecutorRegistry {

    private final Map<String, NodeExecutor<?>> byType = new HashMap<>();

    ExecutorRegistry(List<NodeExecutor<?>> executors) {
        executors.forEach(executor -> byType.put(typeName(executor.nodeClass()), executor));
        for (NodeType type : NodeTypes.all()) {
            if (!byType.containsKey(type.name())) {
                throw new IllegalStateException("no executor for node type '" + type.name() + "'");
            }
        }
    }

    /** Every node type's executor, sharing the call's services. */
    static ExecutorRegistry standard(CrmConnectors crm, SpeechMatcher speech, Function<Call, FrameResult> subflows) {
        return standard(crm, speech, HandoffListener.NONE, subflows);
    }

    /** Every node type's executor; {@code handoffs} hears of delivered queue hand-offs. */
    static ExecutorRegistry standard(CrmConnectors crm, SpeechMatcher speech, HandoffListener handoffs,
                                     Function<Call, FrameResult> subflows) {
        Hearing hearing = new Hearing(speech);
        return new ExecutorRegistry(List.of(
                new PlayExecutor(),
                new MenuExecutor(hearing),
                new InputExecutor(hearing),
                new SetExecutor(),
                new DecisionExecutor(),
                new RulesExecutor(),
                new CrmExecutor(crm),
                new HoursExecutor(),
                new QueueExecutor(handoffs),
                new TransferExecutor(),
                new VoicemailExecutor(),
                new RecordExecutor(),
                new CallbackExecutor(hearing),
                new LanguageExecutor(hearing),
                new SubflowExecutor(subflows),
                new ReturnExecutor(),
                new HangupExecutor()));
    }

    /** Runs {@code node} with its type's executor. */
    Step execute(ExecutableNode node, Call call) {
        NodeExecutor<?> executor = byType.get(node.type());
        if (executor == null) {
            return Step.fail("no executor for node type '" + node.type() + "'");
        }
        return run(executor, node, call);
    }

    private static <N extends ExecutableNode> Step run(NodeExecutor<N> executor, ExecutableNode node, Call call) {
        return executor.execute(executor.nodeClass().cast(node), call);
    }

    /** The registry name of a node record, as {@link ExecutableNode#type()} gives it. */
    static String typeName(Class<? extends ExecutableNode> nodeClass) {
        String simple = nodeClass.getSimpleName();
        return simple.substring(0, simple.length() - "Node".length()).toLowerCase(Locale.ROOT);
    }
}
