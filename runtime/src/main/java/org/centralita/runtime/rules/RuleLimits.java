package org.centralita.runtime.rules;

import java.time.Duration;

/**
 * How far one decision may go before it is stopped and the rules node takes its error path:
 * rule firings (rules that keep re-activating each other) and time (a consequence that runs on).
 */
record RuleLimits(int maxFirings, Duration timeLimit) {

    /** 10,000 firings and 2 seconds: far beyond any real decision, short enough for a caller on the line. */
    static final RuleLimits DEFAULT = new RuleLimits(10_000, Duration.ofSeconds(2));

    RuleLimits {
        if (maxFirings < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("rule limits must be positive: " + maxFirings + ", " + timeLimit);
        }
    }
}
