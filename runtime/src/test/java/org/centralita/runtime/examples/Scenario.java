package org.centralita.runtime.examples;

import java.util.List;

/**
 * One scripted call of examples/SCENARIOS.md, with "as B05" references already resolved.
 *
 * @param id the row's number (B01, U24, C13)
 * @param what what the call does
 * @param options the {@code simulate} options: the section's, then the row's (a later one wins)
 * @param keys the {@code --keys} value
 * @param path the node ids the call enters, in order (a subflow's nodes unqualified)
 * @param end how the call ends: the outcome in backquotes, then its details
 */
record Scenario(String id, String what, List<String> options, String keys, List<String> path, String end) {

    /** The flow file run: the first option. */
    String flowFile() {
        return options.get(0);
    }

    /** Whether the row is a call of {@code flowFileName}. */
    boolean runs(String flowFileName) {
        return flowFile().endsWith("/" + flowFileName);
    }

    @Override
    public String toString() {
        return id + " " + what;
    }
}
