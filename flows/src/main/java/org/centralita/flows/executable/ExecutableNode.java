package org.centralita.flows.executable;

/**
 * A node ready to run: every prompt resolved, every expression parsed, every outcome a node id
 * that exists. One record per node type; the engine has one executor for each.
 */
public sealed interface ExecutableNode permits PlayNode, MenuNode, InputNode, SetNode, DecisionNode,
        RulesNode, CrmNode, HoursNode, QueueNode, TransferNode, VoicemailNode, RecordNode, CallbackNode,
        LanguageNode, SubflowNode, ReturnNode, HangupNode {

    /** The node id. */
    String id();

    /** The node's own error outcome, or null to use the flow's {@code on-error}. */
    String error();

    /** The registry name of the node's type ({@code play}, {@code menu}, ...). */
    default String type() {
        return NodeTypeNames.of(getClass());
    }
}
