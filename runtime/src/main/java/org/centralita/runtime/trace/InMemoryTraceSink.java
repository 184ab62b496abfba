package org.centralita.runtime.trace;

import java.util.ArrayList;
import java.util.List;

/** Keeps a call's events in memory: for tests, the designer's simulator and reports of one call. */
public final class InMemoryTraceSink implements TraceSink {

    private final List<TraceEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(TraceEvent event) {
        events.add(event);
    }

    /** The events so far, in order. */
    public synchronized List<TraceEvent> events() {
        return List.copyOf(events);
    }
}
