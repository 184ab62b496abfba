package org.centralita.runtime.agi.simulator;

/** Something the simulated caller does on the line. */
public sealed interface CallerAction {

    /** Presses a key for {@code durationMs}; Asterisk acts on it when the key is released. */
    record Dtmf(char digit, int durationMs) implements CallerAction {
        public Dtmf(char digit) {
            this(digit, 200);
        }
    }

    /** Hangs up (cause 16, normal clearing). */
    record HangUp() implements CallerAction {
    }

    /** Speaks (sends voiced audio) for {@code durationMs}, then is silent. */
    record Speak(int durationMs) implements CallerAction {
    }

    /**
     * Speaks what a WAV file holds, for as long as it lasts: a RECORD FILE running meanwhile
     * writes it (after the silence before it) as the recording, for a real recognizer to hear.
     */
    record SpeakAudio(java.nio.file.Path wav) implements CallerAction {
    }
}
