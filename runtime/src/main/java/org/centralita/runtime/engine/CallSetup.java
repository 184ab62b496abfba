package org.centralita.runtime.engine;

import java.time.Clock;
import java.util.Map;
import org.centralita.runtime.trace.TraceSink;

/**
 * What a call starts with besides its flow and channel.
 *
 * @param clock the call's clock ({@code call.now}, {@code hours} nodes, trace times)
 * @param language the language to start in, or null for the channel's, else the flow's default
 * @param presets flow variables preset before the first node (text converted to each type)
 * @param trace where the call's trace goes
 */
public record CallSetup(Clock clock, String language, Map<String, String> presets, TraceSink trace) {

    public CallSetup {
        presets = Map.copyOf(presets);
    }

    /** The system clock, the channel's language, no presets, no trace. */
    public static CallSetup defaults() {
        return new CallSetup(Clock.systemUTC(), null, Map.of(), TraceSink.NONE);
    }

    public CallSetup withClock(Clock newClock) {
        return new CallSetup(newClock, language, presets, trace);
    }

    public CallSetup withLanguage(String newLanguage) {
        return new CallSetup(clock, newLanguage, presets, trace);
    }

    public CallSetup withPresets(Map<String, String> newPresets) {
        return new CallSetup(clock, language, newPresets, trace);
    }

    public CallSetup withTrace(TraceSink newTrace) {
        return new CallSetup(clock, language, presets, newTrace);
    }
}
