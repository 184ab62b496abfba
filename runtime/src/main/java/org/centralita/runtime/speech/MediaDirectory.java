package org.centralita.runtime.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The directory Asterisk reads prompts from ({@code media.shared-dir}). A cached prompt is put
 * there under its cache name (a hash of text, voice, language and format: stable across restarts)
 * as a hard link, or a copy when the cache is on another file system, appearing atomically so
 * Asterisk never opens half a file. When the cache directory is the shared directory itself,
 * nothing is linked.
 */
public final class MediaDirectory {

    /** How long a prompt put in the directory is known to be there without looking again. */
    private static final long KNOWN_FOR_MILLIS = 60_000;
    private static final int KNOWN_KEPT = 10_000;

    private final Path directory;
    private final LongSupplier clock;
    /** Each cached prompt put in the directory: its sound name and when it was last seen there. */
    private final Map<Path, Placed> placed = new ConcurrentHashMap<>();

    private record Placed(String name, long seenAt) {
    }

    public MediaDirectory(Path directory) {
        this(directory, System::currentTimeMillis);
    }

    /** With {@code clock} (milliseconds) for how long a prompt put in the directory is known to be there (tests). */
    MediaDirectory(Path directory, LongSupplier clock) {
        this.clock = clock;
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
     * A prompt put there is known to be there for a minute without looking (a look-up per prompt
     * played is waste); one deleted meanwhile by something else fails to play as a missing
     * recording does (the node's error path), and is put there again after the minute.
     */
    public String publish(Path cached) {
        long now = clock.getAsLong();
        Placed known = placed.get(cached);
        if (known != null && now - known.seenAt() < KNOWN_FOR_MILLIS) {
            return known.name();
        }
        Path absolute = cached.toAbsolutePath().normalize();
        Path shared = directory.resolve(absolute.getFileName());
        if (!absolute.equals(shared) && !Files.exists(shared)) {
            place(absolute, shared);
        }
        String name = soundName(shared);
        if (placed.size() >= KNOWN_KEPT) {
            placed.clear();
        }
        placed.put(cached, new Placed(name, now));
        return name;
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
