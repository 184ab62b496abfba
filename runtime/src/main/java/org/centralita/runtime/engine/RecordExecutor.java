package org.centralita.runtime.engine;

import org.centralita.flows.executable.PromptSpec;
import org.centralita.flows.executable.RecordNode;
import org.centralita.runtime.channel.Prompt;
import org.centralita.runtime.channel.RecordRequest;
import org.centralita.runtime.channel.Recording;

/** Records a message from the caller and keeps where it is in the node's variable. */
final class RecordExecutor implements NodeExecutor<RecordNode> {

    @Override
    public Class<RecordNode> nodeClass() {
        return RecordNode.class;
    }

    @Override
    public Step execute(RecordNode node, Call call) {
        Prompt prompt = prompt(node.prompt(), node.id(), call);
        Recording recording = call.channel().record(new RecordRequest(prompt, node.maxDuration(), node.beep(),
                node.silence(), node.terminator() == null ? "" : node.terminator()));
        call.trace().record(node.id(), recording.location(), recording.length().toMillis());
        if (node.store() != null) {
            call.assign(node.id(), node.store(), recording.location());
        }
        return Step.toOutcome(node.next(), "next");
    }

    private static Prompt prompt(PromptSpec spec, String node, Call call) {
        return spec == null ? new Prompt(call.language(), java.util.List.of()) : Dialogue.render(call, node, spec);
    }
}
