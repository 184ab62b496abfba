package org.centralita.flows.edit;

import java.util.List;

/**
 * One way out of a node, as an edit names it: a named outcome ({@code next}, {@code max-retries},
 * a subflow's returned outcome written as a key), a menu option, a decision branch, or an entry
 * of an {@code outcomes} map.
 *
 * @param path where its target is written, from the node's map
 */
public record Outcome(List<Object> path) {

    public Outcome {
        path = List.copyOf(path);
    }

    /** A named outcome written as a key of the node: {@code next: target}. */
    public static Outcome named(String name) {
        return new Outcome(List.of(name));
    }

    /** A menu option's way on: {@code options: {KEY: {next: target}}}. */
    public static Outcome option(String key) {
        return new Outcome(List.of("options", key, "next"));
    }

    /** A decision branch's way on, counted from 0: {@code branches: [{when: ..., next: target}]}. */
    public static Outcome branch(int index) {
        return new Outcome(List.of("branches", index, "next"));
    }

    /** An entry of a rules or subflow node's {@code outcomes} map. */
    public static Outcome mapped(String name) {
        return new Outcome(List.of("outcomes", name));
    }
}
