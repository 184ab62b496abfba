package org.centralita.runtime.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.yaml.ReadLimits;
import org.centralita.runtime.savedcalls.SavedCallsFile;

/**
 * Makes a bundle from what a person names on the command line or from a watched directory:
 * a directory brings every file below it; a flow file brings itself and the calendars, rule
 * files and recordings of its flows directory (not the other flows there). Saved test calls
 * ({@code *.calls.yaml}, docs/testing.md) stay behind: they are the flows' tests, with test
 * callers' keys, not something a call needs.
 */
public final class BundleReader {

    private BundleReader() {
    }

    /** Reads the files; throws {@link InvalidBundleException} when a path is missing or two differ. */
    public static FlowBundle read(List<Path> paths) {
        Map<String, byte[]> files = new TreeMap<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                collect(path, path, false, files);
            } else if (Files.isRegularFile(path)) {
                Path directory = path.toAbsolutePath().getParent();
                add(directory, path.toAbsolutePath(), files);
                collect(directory, directory, true, files);
            } else {
                throw new InvalidBundleException(path + ": no such file or directory");
            }
        }
        return FlowBundle.of(files);
    }

    private static void collect(Path root, Path directory, boolean supportOnly, Map<String, byte[]> files) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !FlowSet.isHiddenOrScratch(root.relativize(p)))
                    .filter(p -> !SavedCallsFile.isCallsFile(p))
                    .filter(p -> !supportOnly || !BundlePaths.isFlowFile(p.getFileName().toString()))
                    .forEach(p -> add(root, p, files));
        } catch (IOException e) {
            throw new InvalidBundleException(directory + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static void add(Path root, Path file, Map<String, byte[]> files) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        byte[] content = readAll(file);
        byte[] earlier = files.putIfAbsent(relative, content);
        if (earlier != null && !Arrays.equals(earlier, content)) {
            throw new InvalidBundleException(relative + ": two different files would be published under this name");
        }
    }

    private static byte[] readAll(Path file) {
        try {
            long size = Files.size(file);
            if (size > BundleArchive.limitOf(file.getFileName().toString(), Long.MAX_VALUE)) {
                throw new InvalidBundleException(file + ": " + ReadLimits.size(size) + "; a flow or calendar file may be at most "
                        + ReadLimits.size(ReadLimits.MAX_FILE_BYTES));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidBundleException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
