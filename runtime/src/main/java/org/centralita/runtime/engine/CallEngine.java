package org.centralita.runtime.engine;

import java.time.Duration;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.VariableSpec;
import org.centralita.runtime.channel.CallChannel;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.channel.CallerHungUp;
import org.centralita.runtime.crm.CrmConnectors;
import org.centralita.runtime.trace.CallTrace;
import org.slf4j.MDC;

/**
 * Runs calls: one compiled flow on one call channel, from answer to hand-off or hang-up, writing
 * the call trace. Stateless and thread-safe: one engine serves every call of a runtime.
 */
public final class CallEngine {

    private final FlowInterpreter interpreter;
    private final QueueStates queues;

    /**
     * @param crm the CRM connectors {@code crm} nodes call
     * @param speech how words and recordings are matched against grammars
     */
    public CallEngine(CrmConnectors crm, SpeechMatcher speech) {
        this(crm, speech, QueueStates.NONE, HandoffListener.NONE);
    }

    /**
     * @param crm the CRM connectors {@code crm} nodes call
     * @param speech how words and recordings are matched against grammars
     * @param queues the ACD queue state expressions read under {@code call.queues}
     * @param handoffs told of every delivered queue hand-off (the CRM screen pop)
     */
    public CallEngine(CrmConnectors crm, SpeechMatcher speech, QueueStates queues, HandoffListener handoffs) {
        this.interpreter = new FlowInterpreter(crm, speech, handoffs);
        this.queues = queues;
    }

    /** An engine with no CRM connectors and text-only speech matching. */
    public static CallEngine standalone() {
        return new CallEngine(CrmConnectors.NONE, new TextSpeechMatcher());
    }

    /**
     * Runs one call to its end. Only a failure of the channel itself escapes; a caller hanging
     * up is an ordinary end ({@link CallOutcome#CALLER_HANGUP}).
     *
     * @throws IllegalArgumentException when a preset names no variable of the flow or does not fit its type
     */
    public CallEnd run(ExecutableFlow flow, CallChannel channel, CallSetup setup) {
        checkPresets(flow, setup.presets());
        CallInfo info = channel.info();
        String language = language(flow, setup, info);
        CallTrace trace = new CallTrace(setup.trace(), setup.clock());
        Call call = new Call(info, channel, trace, setup.clock(), flow, language, setup.faults(), queues);
        MDC.put("call", info.id());
        try {
            trace.start(flow.id(), flow.version(), info.ani(), info.dnis(), language);
            CallEnd end = answer(call, setup.presets());
            trace.end(end.outcome().traceName());
            return end;
        } finally {
            MDC.remove("call");
        }
    }

    private CallEnd answer(Call call, Map<String, String> presets) {
        try {
            presets.forEach((variable, value) -> call.assign(null, variable, value));
            call.channel().answer();
            FrameResult result = interpreter.run(call);
            Duration duration = Duration.ofMillis(call.trace().elapsedMillis());
            if (result instanceof FrameResult.Ended ended) {
                return new CallEnd(ended.outcome(), ended.handoff(), call.currentNode(), duration, ended.message());
            }
            return new CallEnd(CallOutcome.ERROR, null, call.currentNode(), duration, "the main flow returned");
        } catch (CallerHungUp e) {
            call.trace().hangup(call.currentNode(), "caller");
            return new CallEnd(CallOutcome.CALLER_HANGUP, null, call.currentNode(),
                    Duration.ofMillis(call.trace().elapsedMillis()), null);
        }
    }

    private static String language(ExecutableFlow flow, CallSetup setup, CallInfo info) {
        if (setup.language() != null) {
            return setup.language();
        }
        if (info.language() != null && flow.languages().contains(info.language())) {
            return info.language();
        }
        return flow.defaultLanguage();
    }

    private static void checkPresets(ExecutableFlow flow, Map<String, String> presets) {
        presets.forEach((variable, value) -> {
            VariableSpec spec = flow.variables().get(variable);
            if (spec == null) {
                throw new IllegalArgumentException("flow '" + flow.id() + "' has no variable '" + variable + "'");
            }
            try {
                VariableValues.convert(variable, spec.type(), value);
            } catch (NodeFailure e) {
                // a sensitive variable's value never reaches a message, even the one it was given in
                throw new IllegalArgumentException(spec.sensitive()
                        ? "variable '" + variable + "' is a " + spec.type() + ", and the sensitive value given is not one (not shown)"
                        : e.getMessage());
            }
        });
    }
}
