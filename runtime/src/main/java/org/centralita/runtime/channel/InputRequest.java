package org.centralita.runtime.channel;

import java.time.Duration;

/**
 * What the engine asks the caller for at one wait for input.
 *
 * @param prompt played first; may be empty
 * @param bargeIn whether a key (or speech) during the prompt interrupts it and counts as input
 * @param digits whether keys are accepted
 * @param speech whether words are accepted
 * @param maxDigits collection stops when this many keys are pressed
 * @param terminators keys that end the collection early (not part of the value); may be empty
 * @param timeout how long to wait for the first key or word after the prompt
 * @param interDigitTimeout how long to wait for each further key
 * @param maxSpeech the longest utterance recorded for recognition
 * @param sensitive whether the keys are a secret (PIN, card number): never logged in clear
 */
public record InputRequest(Prompt prompt, boolean bargeIn, boolean digits, boolean speech,
                           int maxDigits, String terminators, Duration timeout,
                           Duration interDigitTimeout, Duration maxSpeech, boolean sensitive) {
}
