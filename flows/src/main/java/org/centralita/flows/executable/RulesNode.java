package org.centralita.flows.executable;

import java.util.Map;
import org.centralita.flows.rules.RuleSet;

/** Lets a compiled rule set choose an outcome; {@code defaultTarget} when none is chosen. */
public record RulesNode(String id, String rulesFile, RuleSet rules, Map<String, String> outcomes,
                        String defaultTarget, String error) implements ExecutableNode {
    public RulesNode {
        outcomes = Map.copyOf(outcomes);
    }
}
