package org.centralita.speech.tts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synthesized prompts on disk, shared with Asterisk: one file per (text, voice, language, format),
 * named by a hash of the four. Files appear atomically (temp file, then move), concurrent misses of
 * one key in this JVM synthesize once, and the directory stays under a size bound by evicting the
 * least recently used files (a hit refreshes the file's modification time, at most once a minute, so the
 * order survives restarts).
 */
public final class PromptCache {

    private static final Logger LOG = LoggerFactory.getLogger(PromptCache.class);
    private static final String TEMP_SUFFIX = ".tmp";
    private static final int KEYS_KEPT = 10_000;
    private static final long TOUCH_EVERY_MILLIS = 60_000;

    private final Path directory;
    private final TextToSpeech tts;
    private final String voice;
    private final PromptFormat format;
    private final long maxBytes;
    private final AtomicLong totalBytes = new AtomicLong();
    private final Map<String, CompletableFuture<Path>> inFlight = new ConcurrentHashMap<>();
    /** The file key of each (language, text) asked for: a SHA-256 per prompt played is waste. Bounded. */
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    /** When this JVM last wrote each file's modification time, and last used it. */
    private final Map<Path, Long> lastTouched = new ConcurrentHashMap<>();
    private final Map<Path, Long> lastUsedInMemory = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    public PromptCache(Path directory, TextToSpeech tts, String voice, PromptFormat format, long maxBytes) {
        this(directory, tts, voice, format, maxBytes, System::currentTimeMillis);
    }

    /** With {@code clock} (epoch milliseconds) for the minute a file is known to exist (tests). */
    PromptCache(Path directory, TextToSpeech tts, String voice, PromptFormat format, long maxBytes, LongSupplier clock) {
        this.clock = clock;
        this.directory = directory;
        this.tts = tts;
        this.voice = voice == null ? tts.defaultVoice() : voice;
        this.format = format;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = cachedFiles()) {
                totalBytes.set(files.mapToLong(PromptCache::size).sum());
            }
        } catch (IOException unusable) {
            throw new UncheckedIOException("prompt cache directory " + directory + " cannot be used", unusable);
        }
    }

    /** The file holding {@code text} spoken in {@code language}, synthesized now if it is not cached. */
    public Path audioFor(String text, String language) {
        String key = key(text, language);
        Path file = directory.resolve(key + "." + format.extension());
        if (used(file)) {
            return file;
        }
        CompletableFuture<Path> mine = new CompletableFuture<>();
        CompletableFuture<Path> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            Path written = Files.exists(file) ? file : synthesize(text, language, file);
            mine.complete(written);
            return written;
        } catch (RuntimeException failed) {
            mine.completeExceptionally(failed);
            throw failed;
        } finally {
            inFlight.remove(key);
        }
    }

    /** The voice the cache speaks with (so that audio made beside it sounds the same). */
    public String voice() {
        return voice;
    }

    /** The format of the cached files. */
    public PromptFormat format() {
        return format;
    }

    /** Whether a prompt is cached, without synthesizing it. */
    public boolean contains(String text, String language) {
        return Files.exists(directory.resolve(key(text, language) + "." + format.extension()));
    }

    public long totalBytes() {
        return totalBytes.get();
    }

    private Path synthesize(String text, String language, Path file) {
        try {
            Path temp = Files.createTempFile(directory, "prompt-", TEMP_SUFFIX);
            try {
                format.write(tts.synthesize(text, language, voice), temp);
                moveIntoPlace(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
            totalBytes.addAndGet(size(file));
            evictBeyondBound(file);
            return file;
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write prompt " + file + ": " + failed.getMessage(), failed);
        }
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes least recently used prompts until the total fits, never the one just written. */
    private synchronized void evictBeyondBound(Path justWritten) throws IOException {
        if (totalBytes.get() <= maxBytes) {
            return;
        }
        List<Path> oldestFirst;
        try (Stream<Path> files = cachedFiles()) {
            oldestFirst = files.filter(file -> !file.equals(justWritten))
                    .sorted(Comparator.comparing(this::lastUse)).toList();
        }
        for (Path file : oldestFirst) {
            if (totalBytes.get() <= maxBytes) {
                break;
            }
            long size = size(file);
            if (Files.deleteIfExists(file)) {
                lastTouched.remove(file);
                lastUsedInMemory.remove(file);
                totalBytes.addAndGet(-size);
                LOG.debug("evicted prompt {} ({} bytes)", file.getFileName(), size);
            }
        }
    }

    private Stream<Path> cachedFiles() throws IOException {
        return Files.list(directory).filter(file -> file.getFileName().toString().endsWith("." + format.extension()));
    }

    private String key(String text, String language) {
        String lookup = language + "\u0000" + text;
        String known = keys.get(lookup);
        if (known != null) {
            return known;
        }
        String identity = String.join("\u0000", text, tts.voiceId(voice, language), language, format.name());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            String key = HexFormat.of().formatHex(digest, 0, 20);
            if (keys.size() >= KEYS_KEPT) {
                keys.clear();
            }
            keys.put(lookup, key);
            return key;
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /**
     * Whether {@code file} is cached; if so it is now the most recently used. The order of use is
     * kept in memory and written to the file's modification time at most once a minute (one
     * metadata write per prompt and minute, not one per prompt played), so it survives restarts.
     * Within that minute the file is known to exist and is not looked for again (a look-up per
     * prompt played is waste): one deleted meanwhile by something else than this cache fails to
     * play as a missing recording does (the node's error path), and is made again after the minute.
     */
    private boolean used(Path file) {
        long now = clock.getAsLong();
        Long touched = lastTouched.get(file);
        if (touched != null && now - touched < TOUCH_EVERY_MILLIS) {
            lastUsedInMemory.put(file, now);
            return true;
        }
        if (!Files.exists(file)) {
            lastTouched.remove(file);
            return false;
        }
        touch(file, now);
        lastTouched.put(file, now);
        lastUsedInMemory.put(file, now);
        return true;
    }

    private static void touch(Path file, long now) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(now));
        } catch (IOException evictedMeanwhile) {
            LOG.debug("prompt {} vanished while being used", file, evictedMeanwhile);
        }
    }

    /** When {@code file} was last used: in this JVM if it was, else its modification time. */
    private FileTime lastUse(Path file) {
        Long inMemory = lastUsedInMemory.get(file);
        FileTime onDisk = lastUsed(file);
        return inMemory != null && inMemory > onDisk.toMillis() ? FileTime.fromMillis(inMemory) : onDisk;
    }

    private static FileTime lastUsed(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }
}
