package org.centralita.runtime.engine;

import java.util.List;
import java.util.function.Function;
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
        String terminator = node.terminator() == null ? "" : node.terminator();
        Function<Prompt, Recording> record = prompt -> call.channel().record(new RecordRequest(prompt,
                node.maxDuration(), node.beep(), node.silence(), terminator));
        Recording recording;
        if (node.prompt() == null) {
            recording = record.apply(new Prompt(call.language(), List.of()));
        } else {
            RenderedPrompt rendered = Dialogue.render(call, node.prompt());
            recording = Dialogue.heard(call, node.id(), rendered, () -> record.apply(rendered.prompt()));
        }
        call.trace().record(node.id(), recording.location(), recording.length().toMillis());
        if (node.store() != null) {
            call.assign(node.id(), node.store(), recording.location());
        }
        return Step.toOutcome(node.next(), "next");
    }
}
