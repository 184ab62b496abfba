package org.centralita.flows.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example flows of the repository, which every edit must keep byte-exact and readable. */
final class ExampleFlows {

    static final Path DIRECTORY = Path.of("../examples/flows");

    private ExampleFlows() {
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(p -> p.toString().endsWith(".flow.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + DIRECTORY.toAbsolutePath(), e);
        }
    }

    /** The lines of {@code after} that differ from those of {@code before}, by position (same line count). */
    static long changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        if (a.size() != b.size()) {
            return Long.MAX_VALUE;
        }
        long changed = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed++;
            }
        }
        return changed;
    }
}
