package org.centralita.runtime.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of one publish, by path relative to a flows directory: flow files with their
 * calendars, rule files and recordings. What `centralita publish` uploads, what the directory
 * watch reads and what a published version is built from; immutable once made.
 */
public final class FlowBundle {

    private final Map<String, byte[]> files;

    private FlowBundle(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** A bundle of these files; every path must be relative and stay inside the bundle. */
    public static FlowBundle of(Map<String, byte[]> files) {
        Map<String, byte[]> checked = new TreeMap<>();
        files.forEach((path, bytes) -> checked.put(BundlePaths.normalize(path), bytes.clone()));
        return new FlowBundle(checked);
    }

    /** Paths in the bundle, sorted. */
    public Map<String, byte[]> files() {
        return files;
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public long size() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    /** A SHA-256 of every path and content: equal bundles have equal hashes. */
    public String hash() {
        return hashOf(files.keySet().toArray(String[]::new));
    }

    /** A SHA-256 of the named files only (paths and contents, in the order given). */
    public String hashOf(String... paths) {
        MessageDigest digest = sha256();
        for (String path : paths) {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(files.getOrDefault(path, new byte[0]));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Writes every file below {@code directory}, creating folders as needed. */
    public void writeTo(Path directory) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = directory.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FlowBundle that && files.keySet().equals(that.files.keySet())
                && files.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), that.files.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return files.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "FlowBundle" + files.keySet();
    }
}
