package org.centralita.runtime.engine;

import java.util.Optional;
import java.util.function.IntFunction;
import org.centralita.flows.executable.PromptSpec;

/**
 * The retry discipline of every node that waits for the caller: {@code retries} attempts in all;
 * each silence or wrong answer is traced with its attempt number and followed by the node's
 * re-prompt (or a built-in one) before the next attempt; after the last, the node gives up.
 */
final class Attempts {

    /** How one attempt went. */
    sealed interface Attempt<T> {
        record Accepted<T>(T value) implements Attempt<T> {
        }

        record NoInput<T>() implements Attempt<T> {
        }

        record NoMatch<T>() implements Attempt<T> {
        }

        /** The caller asked to start again (a rejected confirmation): the attempt is used, quietly. */
        record Again<T>() implements Attempt<T> {
        }
    }

    private Attempts() {
    }

    /**
     * Runs attempts until one is accepted or {@code retries} are used up.
     *
     * @return the accepted value, or empty when every attempt failed
     */
    static <T> Optional<T> run(Call call, String node, int retries, PromptSpec noInputPrompt,
                               PromptSpec noMatchPrompt, IntFunction<Attempt<T>> attempt) {
        int attempts = Math.max(1, retries);
        for (int number = 1; number <= attempts; number++) {
            Attempt<T> result = attempt.apply(number);
            if (result instanceof Attempt.Accepted<T> accepted) {
                return Optional.of(accepted.value());
            }
            boolean last = number == attempts;
            if (result instanceof Attempt.NoInput) {
                call.trace().noInput(node, number);
                if (!last) {
                    Dialogue.playOrBuiltIn(call, node, noInputPrompt, BuiltInPrompts.NO_INPUT);
                }
            } else if (result instanceof Attempt.NoMatch) {
                call.trace().noMatch(node, number);
                if (!last) {
                    Dialogue.playOrBuiltIn(call, node, noMatchPrompt, BuiltInPrompts.NO_MATCH);
                }
            }
        }
        return Optional.empty();
    }

    static <T> Attempt<T> accepted(T value) {
        return new Attempt.Accepted<>(value);
    }

    static <T> Attempt<T> noInput() {
        return new Attempt.NoInput<>();
    }

    static <T> Attempt<T> noMatch() {
        return new Attempt.NoMatch<>();
    }

    static <T> Attempt<T> again() {
        return new Attempt.Again<>();
    }
}
