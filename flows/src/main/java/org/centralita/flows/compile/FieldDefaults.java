package org.centralita.flows.compile;

import org.centralita.flows.model.Defaults;
import org.centralita.flows.model.Durations;

/**
 * Resolves a registry field default as written there: a literal ({@code 30s}, {@code 0.5}) or a
 * reference to the flow's {@code defaults} section ({@code defaults.timeout}).
 */
final class FieldDefaults {

    private static final String FLOW_DEFAULTS = "defaults.";

    private FieldDefaults() {
    }

    /** The default as text a flow could have written, or null when there is none. */
    static String resolve(String registryDefault, Defaults flowDefaults) {
        if (registryDefault == null || !registryDefault.startsWith(FLOW_DEFAULTS)) {
            return registryDefault;
        }
        String key = registryDefault.substring(FLOW_DEFAULTS.length());
        return switch (key) {
            case "timeout" -> Durations.format(flowDefaults.timeout());
            case "inter-digit-timeout" -> Durations.format(flowDefaults.interDigitTimeout());
            case "retries" -> String.valueOf(flowDefaults.retries());
            case "barge-in" -> String.valueOf(flowDefaults.bargeIn());
            case "terminator" -> flowDefaults.terminator();
            default -> throw new IllegalStateException("the registry names an unknown flow default '" + key + "'");
        };
    }
}
