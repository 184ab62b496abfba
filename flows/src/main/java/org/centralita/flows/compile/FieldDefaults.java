package org.centralita.flows.compile;

import org.centralita.flows.model.Defaults;
import org.centralita.flows.model.FieldValues;

/**
 * Resolves a registry field default as written there: a literal ({@code 30s}, {@code 0.5}) or a
 * reference to the flow's {@code defaults} section ({@code defaults.timeout}).
 */
final class FieldDefaults {

    private FieldDefaults() {
    }

    /** The default as text a flow could have written, or null when there is none. */
    static String resolve(String registryDefault, Defaults flowDefaults) {
        return FieldValues.defaultText(registryDefault, flowDefaults);
    }
}
