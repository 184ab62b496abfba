package org.centralita.runtime.channel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

/** One piece of a prompt: spoken text, a recording, a value read aloud, or a pause. */
public sealed interface PromptSegment {

    /** The segment as words, for the call trace and the console. */
    String asText();

    /**
     * Text spoken by text-to-speech in the prompt's language; {@code secret} when it speaks a
     * sensitive value (a PIN read back), which must never be cached or kept on disk.
     */
    record Speak(String text, boolean secret) implements PromptSegment {
        public Speak(String text) {
            this(text, false);
        }

        public String asText() { return text; }

        /** Never the secret text: a segment may end up in a log line. */
        @Override
        public String toString() {
            return secret ? "Speak[secret]" : "Speak[" + text + "]";
        }
    }

    /** A recording, relative to the flows directory, without extension. */
    record Audio(String path) implements PromptSegment {
        public String asText() { return ""; }
    }

    /** A number read as a number ("one thousand two hundred"). */
    record SayNumber(BigDecimal number) implements PromptSegment {
        public String asText() { return number.toPlainString(); }
    }

    /** Digits read one by one. */
    record SayDigits(String digits) implements PromptSegment {
        public String asText() { return digits; }
    }

    /** A date read aloud. */
    record SayDate(LocalDate date) implements PromptSegment {
        public String asText() { return date.toString(); }
    }

    /** An amount of money in a currency (ISO 4217 code). */
    record SayMoney(BigDecimal amount, String currency) implements PromptSegment {
        public String asText() { return amount.toPlainString() + " " + currency; }
    }

    /** Silence. */
    record Pause(Duration length) implements PromptSegment {
        public String asText() { return ""; }
    }
}
