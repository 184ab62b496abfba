package org.centralita.runtime.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns what a caller said into a value under a grammar: words already known as text (a
 * simulated caller) or a recording for a recognizer. The speech module plugs in its grammars
 * and recognizer here.
 */
public interface SpeechMatcher {

    /** What {@code words} mean under {@code grammar}, or empty when they are not in it. */
    Optional<SpeechMatch> match(String words, SpeechGrammar grammar);

    /**
     * Recognizes a recorded utterance against {@code grammar}.
     *
     * @throws SpeechUnavailableException when this build has no recognizer
     */
    Optional<SpeechMatch> recognize(Path audio, SpeechGrammar grammar);

    /** Whether {@link #recognize} works in this build. */
    boolean recognizesAudio();
}
