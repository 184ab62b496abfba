package org.centralita.flows.rules;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * The facts a rules node gives its rules: the call and the flow's variables.
 *
 * @param variables the flow's variables by name (values may be null)
 */
public record RuleInput(String callId, String ani, String dnis, String language, ZonedDateTime now,
                        Map<String, Object> variables) {
    public RuleInput {
        variables = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(variables));
    }
}
