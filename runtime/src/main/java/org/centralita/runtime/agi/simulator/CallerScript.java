package org.centralita.runtime.agi.simulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the simulated caller does, each action timed from the start of one AGI command (the
 * n-th command line Asterisk reads, counting from 1), so that a script behaves the same at any
 * clock scale.
 */
public final class CallerScript {

    /** One timed action. */
    public record Step(int command, long afterMs, CallerAction action) {
    }

    /** A caller who decides what to do from the commands it hears, as they start. */
    @FunctionalInterface
    public interface Reaction {
        /** Command {@code command} (its line as Asterisk read it) starts: add its steps to {@code script}. */
        void commandStarted(int command, String line, CallerScript script);
    }

    private final List<Step> steps = new CopyOnWriteArrayList<>();
    private Reaction reaction = (command, line, script) -> { };

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

    /** Lets {@code reaction} add steps as each command starts (before that command's steps are read). */
    public CallerScript reacting(Reaction newReaction) {
        this.reaction = newReaction;
        return this;
    }

    void commandStarted(int command, String line) {
        reaction.commandStarted(command, line, this);
    }

    public List<Step> stepsFor(int command) {
        return steps.stream().filter(s -> s.command() == command).toList();
    }
}
