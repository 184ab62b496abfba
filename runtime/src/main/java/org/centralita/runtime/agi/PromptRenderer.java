package org.centralita.runtime.agi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.centralita.runtime.channel.PromptSegment;

/**
 * Turns spoken text into the name of the sound file Asterisk plays (the speech side writes the
 * file into the shared media directory).
 */
@FunctionalInterface
public interface PromptRenderer {

    /** The sound file, as STREAM FILE takes it (no extension), for this text in this language. */
    String soundFor(PromptSegment.Speak speak, String language);

    /** {@code <folder>/<language>/<sha-256 of the text, 16 hex digits>}: stable names for a cache. */
    static PromptRenderer hashed(String folder) {
        return (speak, language) -> folder + "/" + (language == null ? "default" : language) + "/"
                + sha256(speak.text()).substring(0, 16);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
