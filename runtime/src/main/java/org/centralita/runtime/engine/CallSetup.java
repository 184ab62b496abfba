package org.centralita.runtime.engine;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.centralita.runtime.trace.TraceSink;

/**
 * What a call starts with besides its flow and channel.
 *
 * @param clock the call's clock ({@code call.now}, {@code hours} nodes, trace times)
 * @param language the language to start in, or null for the channel's, else the flow's default
 * @param presets flow variables preset before the first node (text converted to each type)
 * @param trace where the call's trace goes
 * @param faults nodes made to fail when entered, as if their executor failed (simulation only:
 *               lets a test reach error outcomes without breaking a CRM)
 */
public record CallSetup(Clock clock, String language, Map<String, String> presets, TraceSink trace,
                        Set<String> faults) {

    public CallSetup {
        presets = Map.copyOf(presets);
        faults = Set.copyOf(faults);
    }

    /** The system clock, the channel's language, no presets, no trace, no faults. */
    public static CallSetup defaults() {
        return new CallSetup(Clock.systemUTC(), null, Map.of(), TraceSink.NONE, Set.of());
    }

    public CallSetup withFaults(Set<String> newFaults) {
        return new CallSetup(clock, language, presets, trace, newFaults);
    }

    public CallSetup withClock(Clock newClock) {
        return new CallSetup(newClock, language, presets, trace, faults);
    }

    public CallSetup withLanguage(String newLanguage) {
        return new CallSetup(clock, newLanguage, presets, trace, faults);
    }

    public CallSetup withPresets(Map<String, String> newPresets) {
        return new CallSetup(clock, language, newPresets, trace, faults);
    }

    public CallSetup withTrace(TraceSink newTrace) {
        return new CallSetup(clock, language, presets, newTrace, faults);
    }
}
