package org.centralita.runtime.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root directory, found from wherever the tests run (the runtime module, an IDE). */
public final class RepositoryRoot {

    private static final String MARKER = "tycho-pom.xml";

    private RepositoryRoot() {
    }

    /** The nearest directory at or above the working directory that holds {@code tycho-pom.xml}. */
    public static Path find() {
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + MARKER + " at or above " + start);
    }
}
