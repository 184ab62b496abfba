package org.centralita.runtime.bench;

import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.runtime.agi.CallHandler;
import org.centralita.runtime.agi.CallResult;
import org.centralita.runtime.channel.CallChannel;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.engine.CallEnd;
import org.centralita.runtime.engine.CallEngine;
import org.centralita.runtime.engine.CallSetup;

/**
 * Runs the benchmark's compiled flow with the engine on each AGI call and reports the hand-off
 * it ended with (the runtime's own handler adds the flow repository and the records store).
 */
final class EngineCallHandler implements CallHandler {
    private final ExecutableFlow flow;
    private final CallEngine engine = CallEngine.standalone();
    private final ServerWork work;

    EngineCallHandler(ExecutableFlow flow, ServerWork work) {
        this.flow = flow;
        this.work = work;
    }

    @Override
    public CallResult handle(String flowId, CallChannel channel) {
        if (!flow.id().equals(flowId)) {
            return CallResult.notFound();
        }
        work.callStarted();
        try {
            return resultOf(engine.run(flow, channel, CallSetup.defaults()));
        } finally {
            work.callEnded();
        }
    }

    private static CallResult resultOf(CallEnd end) {
        Handoff handoff = end.handoff();
        return switch (end.outcome()) {
            case QUEUE -> CallResult.queue((Handoff.Queue) handoff);
            case TRANSFER -> CallResult.transfer((Handoff.Transfer) handoff);
            case VOICEMAIL -> CallResult.voicemail((Handoff.Voicemail) handoff);
            case CALLBACK, HANGUP, CALLER_HANGUP -> CallResult.hangup();
            case ERROR -> CallResult.error();
        };
    }
}
