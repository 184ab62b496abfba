package org.centralita.runtime.engine;

/** Recorded speech reached a build that has no speech recognizer. */
public final class SpeechUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpeechUnavailableException() {
        super("speech recognition is not available in this build", null, false, false);
    }
}
