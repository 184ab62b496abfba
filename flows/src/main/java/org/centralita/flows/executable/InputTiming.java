package org.centralita.flows.executable;

import java.time.Duration;

/**
 * How long an input waits, and how often the caller may try.
 *
 * @param timeout wait for the first key or word after the prompt
 * @param interDigitTimeout wait for each further key
 * @param retries attempts the caller gets in all
 * @param bargeIn whether a key during the prompt interrupts it and counts
 */
public record InputTiming(Duration timeout, Duration interDigitTimeout, int retries, boolean bargeIn) {
}
