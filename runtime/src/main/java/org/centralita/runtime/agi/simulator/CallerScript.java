package org.centralita.runtime.agi.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * What the simulated caller does, each action timed from the start of one AGI command (the
 * n-th command line Asterisk reads, counting from 1), so that a script behaves the same at any
 * clock scale.
 */
public final class CallerScript {

    /** One timed action. */
    public record Step(int command, long afterMs, CallerAction action) {
    }

    private final List<Step> steps = new ArrayList<>();

    public static CallerScript silent() {
        return new CallerScript();
    }

    /** Adds an action {@code afterMs} virtual milliseconds after command {@code command} starts. */
    public CallerScript at(int command, long afterMs, CallerAction action) {
        steps.add(new Step(command, afterMs, action));
        return this;
    }

    public CallerScript press(int command, long afterMs, char digit) {
        return at(command, afterMs, new CallerAction.Dtmf(digit));
    }

    public CallerScript hangUp(int command, long afterMs) {
        return at(command, afterMs, new CallerAction.HangUp());
    }

    public List<Step> stepsFor(int command) {
        return steps.stream().filter(s -> s.command() == command).toList();
    }
}
