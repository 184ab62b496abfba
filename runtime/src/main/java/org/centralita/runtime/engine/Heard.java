package org.centralita.runtime.engine;

/** What the engine made of one wait for the caller. */
sealed interface Heard {

    /** Nothing before the time-out. */
    record Silent() implements Heard {
    }

    /** Keys, without the terminator. */
    record Keys(String keys) implements Heard {
    }

    /** Words that match the grammar well enough. */
    record Said(SpeechMatch match) implements Heard {
    }

    /** Words outside the grammar, or too unsure. */
    record Unrecognized(String words, double confidence) implements Heard {
    }
}
