package org.centralita.runtime.sim;

import java.nio.file.Path;

/** What a simulated caller does at one wait for input. */
public sealed interface CallerAction {

    /** Presses keys, in order (a terminator among them ends the entry). */
    record Press(String keys) implements CallerAction {
    }

    /** Says words, matched as text against the node's grammar. */
    record Say(String words) implements CallerAction {
    }

    /** Says what a WAV recording holds, for the real speech recognizer. */
    record SayAudio(Path wav) implements CallerAction {
    }

    /** Stays silent until the time-out. */
    record Silence() implements CallerAction {
    }
}
