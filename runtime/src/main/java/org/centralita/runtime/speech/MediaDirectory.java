package org.centralita.runtime.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The directory Asterisk reads prompts from ({@code media.shared-dir}). A cached prompt is put
 * there under its cache name (a hash of text, voice, language and format: stable across restarts)
 * as a hard link, or a copy when the cache is on another file system, appearing atomically so
 * Asterisk never opens half a file. When the cache directory is the shared directory itself,
 * nothing is linked.
 */
public final class MediaDirectory {

    private final Path directory;

    public MediaDirectory(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.directory);
        } catch (IOException unusable) {
            throw new UncheckedIOException("media directory " + directory + " cannot be created: "
                    + unusable.getMessage(), unusable);
        }
    }

    public Path directory() {
        return directory;
    }

    /**
     * Makes {@code cached} readable by Asterisk and returns the name STREAM FILE takes: the
     * absolute path in the shared directory without its extension (Asterisk picks the format).
     */
    public String publish(Path cached) {
        Path absolute = cached.toAbsolutePath().normalize();
        Path shared = directory.resolve(absolute.getFileName());
        if (!absolute.equals(shared) && !Files.exists(shared)) {
            place(absolute, shared);
        }
        return soundName(shared);
    }

    private void place(Path cached, Path shared) {
        try {
            Path temp = directory.resolve(".tmp-" + Thread.currentThread().getId() + "-" + cached.getFileName());
            Files.deleteIfExists(temp);
            try {
                Files.createLink(temp, cached);
            } catch (IOException | UnsupportedOperationException otherFileSystem) {
                Files.copy(cached, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temp, shared, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, shared, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot put prompt " + cached.getFileName() + " in " + directory + ": "
                    + failed.getMessage(), failed);
        }
    }

    /** A file's name as STREAM FILE takes it: absolute, without its extension. */
    static String soundName(Path file) {
        String name = file.toString();
        int dot = name.lastIndexOf('.');
        return dot > name.lastIndexOf('/') ? name.substring(0, dot) : name;
    }
}
