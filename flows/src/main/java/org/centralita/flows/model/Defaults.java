package org.centralita.flows.model;

import java.time.Duration;

/**
 * The flow's defaults for input nodes; fields left out take the built-in values.
 *
 * @param timeout wait for the first key or word
 * @param interDigitTimeout wait for each further key
 * @param retries attempts a caller gets
 * @param bargeIn whether a key press interrupts a prompt
 * @param terminator the key that ends digit input
 */
public record Defaults(Duration timeout, Duration interDigitTimeout, int retries, boolean bargeIn,
                       String terminator) {

    /** The built-in defaults of the format. */
    public static final Defaults BUILT_IN = new Defaults(Duration.ofSeconds(5), Duration.ofSeconds(3), 3, true, "#");
}
