package org.centralita.flows.executable;

import java.time.Duration;
import org.centralita.flows.expr.Expression;
import org.centralita.flows.expr.Template;

/** One segment of a prompt before call time: text to fill in, a recording, a value to read. */
public sealed interface SegmentSpec {

    /** Text with {@code ${...}} parts, spoken by text-to-speech. */
    record Text(Template text) implements SegmentSpec {
    }

    /** A recording, relative to the flows directory, without extension. */
    record Audio(String path) implements SegmentSpec {
    }

    /** A value read as a number. */
    record SayNumber(Expression value) implements SegmentSpec {
    }

    /** A value read digit by digit. */
    record SayDigits(Expression value) implements SegmentSpec {
    }

    /** A date value read aloud. */
    record SayDate(Expression value) implements SegmentSpec {
    }

    /** An amount of money in a currency. */
    record SayMoney(Expression value, String currency) implements SegmentSpec {
    }

    /** Silence. */
    record Pause(Duration length) implements SegmentSpec {
    }
}
