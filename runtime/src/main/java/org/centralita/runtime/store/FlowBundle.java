package org.centralita.runtime.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The content of one published flow version: the flow file and the calendar and rule files it
 * uses, as text keyed by their path relative to the flows directory. Stored as one JSON object
 * ({@code {"flow": "bank.flow.yaml", "files": {"bank.flow.yaml": "...", "calendars/x.yaml": "..."}}})
 * with sorted keys, so the same files always give the same text and the same hash.
 *
 * @param flowFile the relative path of the flow file among {@code files}
 * @param files relative path to file text
 */
public record FlowBundle(String flowFile, SortedMap<String, String> files) {

    public FlowBundle {
        Objects.requireNonNull(flowFile, "flowFile");
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
        for (String path : files.keySet()) {
            requireRelative(path);
        }
        if (!files.containsKey(flowFile)) {
            throw new IllegalArgumentException("the bundle has no flow file " + flowFile);
        }
    }

    /** Reads the flow file and its companions (paths under {@code base}) as UTF-8 text. */
    public static FlowBundle read(Path base, Path flowFile, Collection<Path> companions) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        files.put(relative(base, flowFile), Files.readString(flowFile));
        for (Path companion : companions) {
            files.put(relative(base, companion), Files.readString(companion));
        }
        return new FlowBundle(relative(base, flowFile), files);
    }

    public static FlowBundle fromJson(String json) {
        try {
            Map<?, ?> root = RecordJournal.JSON.readValue(json, Map.class);
            if (!(root.get("flow") instanceof String flow) || !(root.get("files") instanceof Map<?, ?> stored)) {
                throw new RecordsStoreException("stored flow content has no 'flow' and 'files'");
            }
            SortedMap<String, String> files = new TreeMap<>();
            stored.forEach((path, text) -> files.put(String.valueOf(path), String.valueOf(text)));
            return new FlowBundle(flow, files);
        } catch (JsonProcessingException e) {
            throw new RecordsStoreException("stored flow content is not a flow bundle: " + e.getOriginalMessage());
        }
    }

    public String toJson() {
        try {
            return RecordJournal.JSON.writeValueAsString(Map.of("flow", flowFile, "files", files));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
    }

    /** SHA-256 of {@link #toJson()}, in hex: equal content, equal hash. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toJson().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Writes the files under {@code directory} (for the runtime to load and compile) and returns the flow file. */
    public Path writeTo(Path directory) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = directory.resolve(file.getKey()).normalize();
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        return directory.resolve(flowFile);
    }

    private static String relative(Path base, Path file) {
        return base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }

    /** A stored path must stay inside the directory it is written to. */
    private static void requireRelative(String path) {
        Path p = Path.of(path).normalize();
        if (path.isEmpty() || p.isAbsolute() || p.startsWith("..") || path.startsWith("/")) {
            throw new IllegalArgumentException("a bundled file must have a relative path inside the flows"
                    + " directory, not '" + path + "'");
        }
    }
}
