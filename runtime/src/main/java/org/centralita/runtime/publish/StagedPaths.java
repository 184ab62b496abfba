package org.centralita.runtime.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.runtime.publish.BuildResult.BuiltFlow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns paths inside a private staging copy back into the bundle's own relative paths. */
final class StagedPaths {

    private static final Logger LOG = LoggerFactory.getLogger(StagedPaths.class);

    private StagedPaths() {
    }

    static BuildResult relativize(BuildResult result, Path staging) {
        List<BuiltFlow> flows = result.flows().stream()
                .map(b -> new BuiltFlow(b.flow(), relative(b.file(), staging))).toList();
        List<Problem> problems = result.problems().stream().map(p -> new Problem(p.severity(),
                new SourcePosition(relative(p.position().file(), staging), p.position().line(), p.position().column()),
                p.node(), p.message())).toList();
        return new BuildResult(flows, problems);
    }

    private static String relative(String file, Path staging) {
        Path path = Path.of(file);
        Path absolute = path.isAbsolute() ? path : staging.resolve(path);
        Path root = staging.toAbsolutePath();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : file;
    }

    /** Removes the staging copy; a failure is logged, since the publish itself went through. */
    static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not remove the staging directory {}: {}", directory, e.getMessage());
        }
    }
}
