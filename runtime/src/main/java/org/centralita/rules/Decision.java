package org.centralita.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the rules decide, filled in by their consequences: {@code $d.outcome("vip")} chooses the
 * rules node's outcome (the first one set wins, so order rules by salience) and
 * {@code $d.set("queue", "gold")} assigns a flow variable.
 */
public final class Decision {

    private String outcome;
    private final Map<String, Object> assignments = new LinkedHashMap<>();

    /** Chooses the outcome, unless a rule that fired earlier already chose one. */
    public void outcome(String name) {
        if (outcome == null) {
            outcome = name;
        }
    }

    /** Assigns a flow variable when the node is left. */
    public void set(String variable, Object value) {
        assignments.put(variable, value);
    }

    /** The outcome chosen, or null. */
    public String getOutcome() {
        return outcome;
    }

    /** The assignments, in the order they were made. */
    public Map<String, Object> getAssignments() {
        return Collections.unmodifiableMap(assignments);
    }

    @Override
    public String toString() {
        return "Decision[" + outcome + ", " + assignments + "]";
    }
}
