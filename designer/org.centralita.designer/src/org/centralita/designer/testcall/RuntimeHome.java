package org.centralita.designer.testcall;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.centralita.designer.Messages;
import org.centralita.designer.model.RuntimeValidation;

/**
 * Where the Centralita runtime is, for test calls run as a child process ({@code centralita
 * simulate --control json}, {@code centralita test}): Drools and speech stay on the runtime's own
 * plain classpath, outside Equinox. Its directory is {@link RuntimeValidation#home()} (the
 * {@code centralita.home} system property, else the preference of that name): a source tree with the runtime built ({@code ./centralita} and
 * {@code runtime/target/lib}) or an unpacked distribution ({@code bin/centralita}).
 */
public final class RuntimeHome {

    private final Path launcher;

    private RuntimeHome(Path launcher) {
        this.launcher = launcher;
    }

    /**
     * The runtime to run calls with.
     *
     * @throws NotBuilt with a message for the analyst when none is set or it is not built
     */
    public static RuntimeHome find() throws NotBuilt {
        Path directory = RuntimeValidation.home().orElseThrow(() -> new NotBuilt(Messages.TestCall_noHome));
        Path distribution = directory.resolve("bin").resolve("centralita");
        if (Files.isRegularFile(distribution)) {
            return new RuntimeHome(distribution);
        }
        Path source = directory.resolve("centralita");
        if (Files.isRegularFile(source) && hasRuntimeJar(directory.resolve("runtime").resolve("target"))) {
            return new RuntimeHome(source);
        }
        throw new NotBuilt(Messages.bind(Messages.TestCall_notBuilt, directory));
    }

    private static boolean hasRuntimeJar(Path target) {
        if (!Files.isDirectory(target.resolve("lib"))) {
            return false;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "centralita-runtime-*.jar")) {
            return jars.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** The command line of {@code centralita ARGS...}. */
    public List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add("sh");
        command.add(launcher.toString());
        command.addAll(arguments);
        return command;
    }

    /** The runtime is not set or not built: the message says what to do. */
    public static final class NotBuilt extends Exception {
        private static final long serialVersionUID = 1L;

        NotBuilt(String message) {
            super(message);
        }
    }
}
