package org.centralita.runtime.agi;

import java.util.Optional;
import org.centralita.runtime.channel.PromptSegment;

/**
 * Turns spoken text into the name of the sound file Asterisk plays (the speech side writes the
 * file into the shared media directory).
 */
@FunctionalInterface
public interface PromptRenderer {

    /** The sound file, as STREAM FILE takes it (no extension), for this text in this language. */
    String soundFor(PromptSegment.Speak speak, String language);

    /**
     * A file for one playing of text that speaks a secret ({@link PromptSegment.Speak#secret()}),
     * never cached nor named after the text; empty when none can be made (then only the text's
     * digits are said, with SAY DIGITS). Renderers that name files by the text must keep the default.
     */
    default Optional<OneTimeSound> secretSoundFor(PromptSegment.Speak speak, String language) {
        return Optional.empty();
    }

    /**
     * {@code <folder>/<language>/<sha-256 of the text, 16 hex digits>}: stable names for a cache.
     * The names of recent texts are remembered, so a prompt heard on every call is hashed once.
     */
    static PromptRenderer hashed(String folder) {
        return new HashedPromptNames(folder);
    }
}
