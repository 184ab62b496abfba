package org.centralita.flows.rules;

import java.util.List;
import java.util.Map;

/**
 * What the rules decided.
 *
 * @param outcome the outcome chosen (the first one set), or null when no rule chose one
 * @param assignments flow variables the rules set, in order
 * @param fired the names of the rules that fired, in order
 */
public record RuleOutcome(String outcome, Map<String, Object> assignments, List<String> fired) {
    public RuleOutcome {
        assignments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assignments));
        fired = List.copyOf(fired);
    }
}
