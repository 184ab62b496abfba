package org.centralita.runtime.agi;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how much a FastAGI connection may take to send its {@code agi_*} header block
 * before it is closed: a connection that has not sent a whole header holds no call slot, and
 * what it sent is held within these bounds (so silent or endless peers cost little).
 *
 * @param timeout the whole header must have arrived within this time after the connection
 * @param maxLineBytes the longest header line, without its line feed
 * @param maxLines the most lines in the header, the blank line that ends it not counted
 * @param maxBytes the most bytes the whole header may take
 * @param maxWaiting the most connections waiting for their header at once; one more closes the oldest
 */
public record AgiHeaderLimits(Duration timeout, int maxLineBytes, int maxLines, int maxBytes, int maxWaiting) {

    /**
     * Asterisk writes the whole block at once, right after connecting (23 lines plus one per
     * AGI() argument, at most 128 arguments, well under a millisecond): these leave room for
     * long arguments and a loaded PBX.
     */
    public static AgiHeaderLimits defaults() {
        return new AgiHeaderLimits(Duration.ofSeconds(5), 8192, 256, 65_536, 1000);
    }

    public AgiHeaderLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("agi.header-timeout must be positive, was " + timeout);
        }
        if (maxLineBytes < 1 || maxLines < 1 || maxBytes < 1 || maxWaiting < 1) {
            throw new IllegalArgumentException("agi header limits must be at least 1");
        }
    }
}
