package org.centralita.runtime.agi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.centralita.runtime.channel.PromptSegment;

/**
 * Names a spoken text's sound file {@code <folder>/<language>/<sha-256 of the text, 16 hex digits>},
 * remembering the names already made (most prompts are the same text on every call), up to a
 * bound past which it starts again. Thread-safe.
 */
final class HashedPromptNames implements PromptRenderer {

    /** Names remembered: far more than a runtime's distinct static prompts, a few MB at most. */
    static final int REMEMBERED = 10_000;

    private final String folder;
    private final Map<Key, String> names = new ConcurrentHashMap<>();

    HashedPromptNames(String folder) {
        this.folder = folder;
    }

    @Override
    public String soundFor(PromptSegment.Speak speak, String language) {
        Key key = new Key(language, speak.text());
        String name = names.get(key);
        if (name == null) {
            if (names.size() >= REMEMBERED) {
                names.clear();
            }
            name = folder + "/" + (language == null ? "default" : language) + "/" + sha256(speak.text()).substring(0, 16);
            names.put(key, name);
        }
        return name;
    }

    /** How many names are remembered now. */
    int remembered() {
        return names.size();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private record Key(String language, String text) {
    }
}
