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
    /**
     * Each prompt asked for, by language then text (no key string built per prompt played, no
     * SHA-256 per prompt played): its file and when it was used. Bounded.
     */
    private final Map<String, Map<String, Known>> known = new ConcurrentHashMap<>();
    /** The same prompts by file, for eviction. */
    private final Map<Path, Known> byFile = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    /**
     * A prompt's file, when this JVM last wrote the file's modification time (0: not known to
     * exist) and when it last used it: plain fields written by the call that plays it, no map
     * updated per prompt played (many calls play the same prompts at once).
     */
    private static final class Known {
        final Path file;
        volatile long touched;
        volatile long used;

        Known(Path file) {
            this.file = file;
        }
    }

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
        Known prompt = known(text, language);
        Path file = prompt.file;
        if (used(prompt)) {
            return file;
        }
        String key = file.getFileName().toString();
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
        return Files.exists(known(text, language).file);
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
                Known prompt = byFile.get(file);
                if (prompt != null) {
                    prompt.touched = 0;
                }
                totalBytes.addAndGet(-size);
                LOG.debug("evicted prompt {} ({} bytes)", file.getFileName(), size);
            }
        }
    }

    private Stream<Path> cachedFiles() throws IOException {
        return Files.list(directory).filter(file -> file.getFileName().toString().endsWith("." + format.extension()));
    }

    /** The prompt of (text, language), its file named by a hash of text, voice, language and format. */
    private Known known(String text, String language) {
        Map<String, Known> texts = known.get(language);
        Known prompt = texts == null ? null : texts.get(text);
        if (prompt != null) {
            return prompt;
        }
        if (byFile.size() >= KEYS_KEPT) {
            known.clear();
            byFile.clear();
        }
        Path file = directory.resolve(key(text, language) + "." + format.extension());
        prompt = known.computeIfAbsent(language, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(text, t -> byFile.computeIfAbsent(file, Known::new));
        return prompt;
    }

    private String key(String text, String language) {
        String identity = String.join("\u0000", text, tts.voiceId(voice, language), language, format.name());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
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
    private boolean used(Known prompt) {
        long now = clock.getAsLong();
        long touched = prompt.touched;
        if (touched != 0 && now - touched < TOUCH_EVERY_MILLIS) {
            prompt.used = now;
            return true;
        }
        if (!Files.exists(prompt.file)) {
            prompt.touched = 0;
            return false;
        }
        touch(prompt.file, now);
        prompt.touched = now;
        prompt.used = now;
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
        Known prompt = byFile.get(file);
        long inMemory = prompt == null ? 0 : prompt.used;
        FileTime onDisk = lastUsed(file);
        return inMemory > onDisk.toMillis() ? FileTime.fromMillis(inMemory) : onDisk;
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
