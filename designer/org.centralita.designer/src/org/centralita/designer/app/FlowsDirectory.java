package org.centralita.designer.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The flows directory Studio works on: the first argument that is a directory
 * ({@code centralita designer examples/flows}), else the system property
 * {@code centralita.flows}, else the working directory.
 */
public final class FlowsDirectory {

    /** The system property the launcher script may set instead of an argument. */
    public static final String PROPERTY = "centralita.flows";

    private static volatile Path current = Path.of("").toAbsolutePath();

    private FlowsDirectory() {
    }

    /** Picks the directory from the application's arguments. */
    public static void choose(String[] args) {
        current = fromArguments(args)
                .or(() -> Optional.ofNullable(System.getProperty(PROPERTY)).map(Path::of))
                .orElse(Path.of("")).toAbsolutePath().normalize();
    }

    private static Optional<Path> fromArguments(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-") && Files.isDirectory(Path.of(arg))) {
                return Optional.of(Path.of(arg));
            }
        }
        return Optional.empty();
    }

    /** The directory chosen at start. */
    public static Path current() {
        return current;
    }

    /** Points Studio at another directory (the explorer's "open directory", tests). */
    public static void set(Path directory) {
        current = directory.toAbsolutePath().normalize();
    }
}
