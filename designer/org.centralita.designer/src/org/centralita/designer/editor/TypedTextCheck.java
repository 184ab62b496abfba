package org.centralita.designer.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.centralita.designer.model.RuntimeValidation;
import org.centralita.flows.model.FlowReader;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.yaml.FlowReadException;
import org.centralita.flows.yaml.SourcePosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the text of a text editor as typed, not as saved: a flow that could not be read is read
 * again inside Studio; a calendar or a rules file is validated by the runtime
 * ({@link RuntimeValidation}) in a copy of the flows directory holding the typed text. It blocks:
 * the editor runs it off the UI thread, once the text has rested a moment after typing.
 */
final class TypedTextCheck {

    private static final Logger LOG = LoggerFactory.getLogger(TypedTextCheck.class);
    /** Files larger than this (recordings) are not copied: no check of a calendar or rules file needs them. */
    private static final long LARGEST_COPIED = 1_000_000;
    private static final int DEPTH = 4;

    private TypedTextCheck() {
    }

    /**
     * The problems of {@code text} as the content of {@code file} (a flow file when {@code flow}),
     * positioned in {@code file}; empty when they could not be found out (no runtime, a file
     * outside {@code directory}): the editor keeps its marks then.
     */
    static Optional<List<Problem>> problems(Path directory, Path file, boolean flow, String text) {
        if (flow) {
            try {
                FlowReader.read(file.toString(), text);
                return Optional.of(List.of());
            } catch (FlowReadException e) {
                return Optional.of(List.of(Problem.of(e)));
            }
        }
        Path root = directory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return Optional.empty();
        }
        Path copy = null;
        try {
            copy = Files.createTempDirectory("centralita-typed");
            copyDirectory(root, copy);
            Path typed = copy.resolve(root.relativize(absolute).toString());
            Files.createDirectories(typed.getParent());
            Files.writeString(typed, text, StandardCharsets.UTF_8);
            RuntimeValidation.Result result = RuntimeValidation.validate(copy);
            if (!result.ran()) {
                return Optional.empty();
            }
            return Optional.of(result.problems().stream()
                    .filter(p -> Path.of(p.position().file()).toAbsolutePath().normalize().equals(typed))
                    .map(p -> new Problem(p.severity(), new SourcePosition(file.toString(), p.position().line(), p.position().column()),
                            p.node(), p.message()))
                    .toList());
        } catch (IOException e) {
            LOG.warn("could not check the typed text of {}: {}", file, e.toString());
            return Optional.empty();
        } finally {
            delete(copy);
        }
    }

    /** Copies the directory's files (not its dot-files, nor large ones) to {@code copy}. */
    private static void copyDirectory(Path root, Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(root, DEPTH)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = root.relativize(file);
                boolean hidden = false;
                for (Path part : relative) {
                    hidden |= part.toString().startsWith(".");
                }
                if (!hidden && Files.isRegularFile(file) && Files.size(file) <= LARGEST_COPIED) {
                    Path target = copy.resolve(relative.toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.debug("could not delete {}: {}", directory, e.toString());
        }
    }
}
