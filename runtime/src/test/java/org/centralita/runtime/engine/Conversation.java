package org.centralita.runtime.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.channel.HandoffResult;
import org.centralita.runtime.crm.CrmConnectors;
import org.centralita.runtime.sim.CallerAction;
import org.centralita.runtime.sim.CallerScript;
import org.centralita.runtime.sim.HandoffPlan;
import org.centralita.runtime.sim.ScriptedCaller;
import org.centralita.runtime.trace.InMemoryTraceSink;
import org.centralita.runtime.trace.TraceEvent;

/** A call as a test tells it: the caller presses, says, stays silent; then what was heard and how it ended. */
final class Conversation {

    private final ExecutableFlow flow;
    private final List<CallerAction> actions = new ArrayList<>();
    private final Map<String, String> presets = new LinkedHashMap<>();
    private HandoffPlan plan = HandoffPlan.delivered();
    private Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private CrmConnectors crm = CrmConnectors.NONE;
    private QueueStates queues = QueueStates.NONE;
    private HandoffListener handoffs = HandoffListener.NONE;
    private String ani = "+34600111222";
    private String language;
    private java.util.function.UnaryOperator<org.centralita.runtime.channel.CallChannel> channel = c -> c;

    private Conversation(ExecutableFlow flow) {
        this.flow = flow;
    }

    static Conversation call(ExecutableFlow flow) {
        return new Conversation(flow);
    }

    Conversation press(String keys) {
        actions.add(new CallerAction.Press(keys));
        return this;
    }

    Conversation say(String words) {
        actions.add(new CallerAction.Say(words));
        return this;
    }

    Conversation staySilent() {
        actions.add(new CallerAction.Silence());
        return this;
    }

    Conversation script(String keys) {
        actions.addAll(CallerScript.parse(keys));
        return this;
    }

    Conversation from(String number) {
        ani = number;
        return this;
    }

    Conversation inLanguage(String tag) {
        language = tag;
        return this;
    }

    Conversation at(String isoInstant) {
        clock = Clock.fixed(Instant.parse(isoInstant), ZoneOffset.UTC);
        return this;
    }

    Conversation preset(String variable, String value) {
        presets.put(variable, value);
        return this;
    }

    Conversation queueAnswers(HandoffResult result) {
        plan = new HandoffPlan(result, plan.transfer());
        return this;
    }

    Conversation transferAnswers(HandoffResult result) {
        plan = new HandoffPlan(plan.queue(), result);
        return this;
    }

    Conversation withCrm(CrmConnectors connectors) {
        crm = connectors;
        return this;
    }

    Conversation withQueues(QueueStates states) {
        queues = states;
        return this;
    }

    Conversation withHandoffListener(HandoffListener listener) {
        handoffs = listener;
        return this;
    }

    /** The caller's channel as {@code wrap} makes it (a channel that connects callers itself, ...). */
    Conversation onChannel(java.util.function.UnaryOperator<org.centralita.runtime.channel.CallChannel> wrap) {
        channel = wrap;
        return this;
    }

    Transcript run() {
        InMemoryTraceSink trace = new InMemoryTraceSink();
        ScriptedCaller caller = new ScriptedCaller(new CallInfo("call-1", ani, "100", null, "SIP/100-1", Map.of()),
                actions, plan);
        CallSetup setup = CallSetup.defaults().withClock(clock).withLanguage(language).withPresets(presets).withTrace(trace);
        CallEnd end = new CallEngine(crm, new TextSpeechMatcher(), queues, handoffs).run(flow, channel.apply(caller), setup);
        return new Transcript(end, trace.events(), caller);
    }

    /** What happened on the call. */
    record Transcript(CallEnd end, List<TraceEvent> events, ScriptedCaller caller) {

        /** The prompts' text, in the order the caller heard them. */
        List<String> prompts() {
            return events("prompt").stream().map(e -> (String) e.get("text")).toList();
        }

        List<TraceEvent> events(String name) {
            return events.stream().filter(e -> e.event().equals(name)).toList();
        }

        /** The nodes entered, in order. */
        List<String> path() {
            return events("enter").stream().map(TraceEvent::node).toList();
        }

        List<String> eventNames() {
            return events.stream().map(TraceEvent::event).toList();
        }

        TraceEvent last() {
            return events.get(events.size() - 1);
        }
    }
}
