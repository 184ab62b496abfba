package org.centralita.runtime.channel;

import java.math.BigDecimal;
import java.time.Duration;

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

    /**
     * A number read with the PBX's own sound files (SAY NUMBER): only where the PBX's words are
     * wanted (app_queue's place announcement). A flow's say-number, say-money and say-date reach
     * the channel as {@link Speak} words, the same on every channel.
     */
    record SayNumber(BigDecimal number) implements PromptSegment {
        public String asText() { return number.toPlainString(); }
    }

    /** Digits read one by one. */
    record SayDigits(String digits) implements PromptSegment {
        public String asText() { return digits; }
    }

    /** Silence. */
    record Pause(Duration length) implements PromptSegment {
        public String asText() { return ""; }
    }
}
