package org.centralita.runtime.channel;

import java.nio.file.Path;

/** What the caller did at one wait for input. */
public sealed interface CallerInput {

    /** Keys pressed, without the terminator; {@code terminated} says whether one ended them. */
    record Digits(String keys, boolean terminated) implements CallerInput {
    }

    /** Words already known as text (a simulated caller's {@code say:}), confidence 1. */
    record Words(String text) implements CallerInput {
    }

    /** A recorded utterance (WAV) for the engine to recognize against the node's grammar. */
    record Utterance(Path audio) implements CallerInput {
    }

    /** Nothing before the time-out. */
    record Silence() implements CallerInput {
    }
}
