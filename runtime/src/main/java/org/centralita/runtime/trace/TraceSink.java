package org.centralita.runtime.trace;

import java.util.List;

/**
 * Where a call's trace goes: a JSON-lines file, the console, the records store. Called from the
 * call's own thread, in order; an implementation shared by many calls must be thread-safe.
 */
public interface TraceSink {

    /** A sink that keeps nothing. */
    TraceSink NONE = event -> { };

    /** Takes one event. */
    void accept(TraceEvent event);

    /** Every event goes to each of {@code sinks}, in order. */
    static TraceSink all(List<TraceSink> sinks) {
        List<TraceSink> copy = List.copyOf(sinks);
        return event -> copy.forEach(sink -> sink.accept(event));
    }
}
