package org.centralita.runtime.savedcalls;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.crm.CrmConnectors;
import org.centralita.runtime.engine.CallEngine;
import org.centralita.runtime.engine.CallSetup;
import org.centralita.runtime.engine.SpeechMatcher;
import org.centralita.runtime.sim.CallSettings;
import org.centralita.runtime.sim.ScriptedCaller;
import org.centralita.runtime.trace.InMemoryTraceSink;
import org.centralita.runtime.trace.TraceEvent;

/**
 * Makes saved calls with the runtime's engine, as {@code simulate --keys} does, and compares the
 * nodes entered (the trace's {@code enter} events) and the end with what the call saved.
 */
public final class SavedCallRunner {

    private final CallEngine engine;
    private final SpeechMatcher speech;
    private final AtomicLong calls = new AtomicLong();

    public SavedCallRunner(CrmConnectors connectors, SpeechMatcher speech) {
        this.engine = new CallEngine(connectors, speech);
        this.speech = speech;
    }

    /** Makes {@code call} on {@code flow} and says whether it went as saved. */
    public Verdict run(ExecutableFlow flow, SavedCall call) {
        String refusal = CallSettings.refuseAudio(call.script(), speech);
        if (refusal != null) {
            return Verdict.notRunnable("the call cannot be made: " + refusal);
        }
        CallInfo info = new CallInfo("test-" + calls.incrementAndGet(), call.ani(), call.dnis(), call.language(),
                "Console/test", Map.of());
        InMemoryTraceSink trace = new InMemoryTraceSink();
        CallSetup setup = new CallSetup(CallSettings.clock(call.at()), call.language(), call.variables(), trace,
                new LinkedHashSet<>());
        try {
            engine.run(flow, new ScriptedCaller(info, call.script(), call.plan()), setup);
        } catch (IllegalArgumentException e) {
            return Verdict.notRunnable("the call cannot be made: " + e.getMessage());
        }
        return Verdict.of(call.path(), call.end(), path(trace.events()), end(trace.events()));
    }

    /** The nodes a call entered, in order: its trace's {@code enter} events. */
    public static List<String> path(List<TraceEvent> events) {
        return events.stream().filter(e -> "enter".equals(e.event())).map(TraceEvent::node).toList();
    }

    /** The outcome of a call's {@code end} event. */
    public static String end(List<TraceEvent> events) {
        return events.stream().filter(e -> "end".equals(e.event())).reduce((first, last) -> last)
                .map(e -> String.valueOf(e.get("outcome"))).orElse("(no end)");
    }
}
