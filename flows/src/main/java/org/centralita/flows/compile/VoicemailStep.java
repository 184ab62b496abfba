package org.centralita.flows.compile;

import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.VoicemailNode;

/** Compiles {@code voicemail} nodes. */
final class VoicemailStep implements NodeStep {
    @Override
    public ExecutableNode compile(NodeContext node) {
        return new VoicemailNode(node.id(), node.template("mailbox"), node.outcome("next"), node.outcome("error"));
    }
}
