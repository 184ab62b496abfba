package org.centralita.runtime.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.centralita.speech.tts.PromptFormat;
import org.centralita.speech.tts.TextToSpeech;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synthesizes a prompt that speaks a secret into the media directory for one playing, under a
 * random 128-bit name (not a hash of the text, which 10^4 PINs would let anyone reverse), and
 * deletes it afterwards. It never goes through the prompt cache. Messages never quote the text.
 */
final class OneTimePromptFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OneTimePromptFiles.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final TextToSpeech tts;
    private final String voice;
    private final PromptFormat format;

    OneTimePromptFiles(Path directory, TextToSpeech tts, String voice, PromptFormat format) {
        this.directory = directory;
        this.tts = tts;
        this.voice = voice;
        this.format = format;
    }

    /** Writes {@code text} spoken in {@code language} to a new file, which appears whole (temp file, then move). */
    Path write(String text, String language) {
        String name = randomName();
        Path file = directory.resolve(name + "." + format.extension());
        // a dot-name: the media server serves hex names only, so a half-written file is never served
        Path temp = directory.resolve("." + name + ".tmp");
        try {
            try {
                format.write(tts.synthesize(text, language, voice), temp);
                moveIntoPlace(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
            return file;
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write a one-time prompt in " + directory + ": "
                    + failed.getMessage(), failed);
        }
    }

    /** Deletes a file {@link #write} made; a failure is logged (by name, which says nothing of the text). */
    void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            LOG.error("one-time prompt {} could not be deleted: {}", file, failed.getMessage());
        }
    }

    private static String randomName() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(temp, file);
        }
    }
}
