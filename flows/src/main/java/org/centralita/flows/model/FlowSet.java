package org.centralita.flows.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.yaml.FlowReadException;
import org.centralita.flows.yaml.SourcePosition;

/**
 * The flows read from files and directories together, so that subflows can be found by id.
 * A flow's calendars ({@code calendars/ID.yaml}) and rule files live beside it, in its flows
 * directory (the directory the flow file is in).
 */
public final class FlowSet {

    /** The ending that marks a flow file. */
    public static final String FLOW_SUFFIX = ".flow.yaml";

    /**
     * Whether a file of a flows directory (its path relative to the directory) is never
     * published: dot-files such as the admin token, and editors' backup, swap and scratch files.
     */
    public static boolean isHiddenOrScratch(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) {
                return true;
            }
        }
        return false;
    }

    private final Map<String, Flow> flowsByFile;
    private final List<Problem> readProblems;

    private FlowSet(Map<String, Flow> flowsByFile, List<Problem> readProblems) {
        this.flowsByFile = Collections.unmodifiableMap(flowsByFile);
        this.readProblems = List.copyOf(readProblems);
    }

    /**
     * Reads every flow file named, and every {@code *.flow.yaml} below every directory named.
     * Files that cannot be read at all become problems; the rest are read.
     */
    public static FlowSet load(List<Path> paths) {
        return load(paths, file -> true);
    }

    /**
     * {@link #load(List)}, reading only the flow files {@code wanted} accepts (the designer leaves
     * out the file being edited, whose flow it has already).
     */
    public static FlowSet load(List<Path> paths, Predicate<Path> wanted) {
        Map<String, Flow> flows = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : flowFiles(path, problems).stream().filter(wanted).toList()) {
                try {
                    flows.put(file.toString(), FlowReader.read(file));
                } catch (FlowReadException e) {
                    problems.add(Problem.of(e));
                }
            }
        }
        return new FlowSet(flows, problems);
    }

    /** A set made of flows already read (for tests, the designer and publishing). */
    public static FlowSet of(List<Flow> flows) {
        Map<String, Flow> byFile = new LinkedHashMap<>();
        flows.forEach(f -> byFile.put(f.file(), f));
        return new FlowSet(byFile, List.of());
    }

    private static List<Path> flowFiles(Path path, List<Problem> problems) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                return walk.filter(p -> p.getFileName().toString().endsWith(FLOW_SUFFIX))
                        .filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                problems.add(Problem.error(SourcePosition.start(path.toString()), null,
                        "cannot list the directory: " + e.getMessage()));
                return List.of();
            }
        }
        if (!Files.exists(path)) {
            problems.add(Problem.error(SourcePosition.start(path.toString()), null, "no such file or directory"));
            return List.of();
        }
        return List.of(path);
    }

    public List<Flow> flows() {
        return List.copyOf(flowsByFile.values());
    }

    /** Files that could not be read as flows at all. */
    public List<Problem> readProblems() {
        return readProblems;
    }

    /** The flow with this id (the first one read, when two files claim it). */
    public Optional<Flow> flow(String id) {
        return flowsByFile.values().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The flows directory of a flow: where its calendars, rules and recordings are. */
    public static Path directoryOf(Flow flow) {
        Path parent = Path.of(flow.file()).toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }
}
