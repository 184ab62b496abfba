package org.centralita.runtime.engine;

import java.time.Duration;
import org.centralita.runtime.channel.InputRequest;
import org.centralita.runtime.channel.Prompt;

/**
 * How a node listens for the caller, before the prompt is known: an {@link InputRequest} without
 * its prompt.
 */
record Listening(boolean bargeIn, boolean digits, boolean speech, int maxDigits, String terminators,
                 Duration timeout, Duration interDigitTimeout, boolean sensitive) {

    /** The longest utterance recorded for recognition. */
    static final Duration MAX_SPEECH = Duration.ofSeconds(10);

    /** One key (a menu choice, a confirmation). */
    static Listening oneKey(Duration timeout, boolean bargeIn, boolean speech) {
        return new Listening(bargeIn, true, speech, 1, "", timeout, timeout, false);
    }

    InputRequest withPrompt(Prompt prompt) {
        return new InputRequest(prompt, bargeIn, digits, speech, maxDigits, terminators, timeout,
                interDigitTimeout, MAX_SPEECH, sensitive);
    }
}
