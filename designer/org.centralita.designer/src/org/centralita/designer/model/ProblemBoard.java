package org.centralita.designer.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.validate.Validator;

/**
 * Every validation message of the flows directory, file by file: the directory as saved, with
 * the live messages of each open editor in place of its file's, and the problems the runtime
 * gave for the last publish it refused. The problems view shows it.
 */
public final class ProblemBoard {

    private static final ProblemBoard INSTANCE = new ProblemBoard();

    private final Map<String, List<Problem>> byFile = new LinkedHashMap<>();
    private final List<Consumer<ProblemBoard>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<Problem> fromRuntime = List.of();

    private ProblemBoard() {
    }

    public static ProblemBoard get() {
        return INSTANCE;
    }

    /** Validates every flow of {@code directory} as saved and shows their messages. */
    public void validateDirectory(Path directory) {
        List<Problem> problems = new Validator().validate(FlowSet.load(List.of(directory))).problems();
        synchronized (byFile) {
            byFile.clear();
            problems.forEach(p -> byFile.computeIfAbsent(p.position().file(), f -> new ArrayList<>()).add(p));
        }
        changed();
    }

    /** Replaces the messages of one file (an editor's flow as it is now). */
    public void put(String file, List<Problem> problems) {
        synchronized (byFile) {
            byFile.put(file, List.copyOf(problems));
        }
        changed();
    }

    /**
     * Replaces the problems the runtime gave for a refused publish (none: the last publish went
     * through); they stay until the next publish, whatever is validated meanwhile.
     */
    public void putRuntime(List<Problem> problems) {
        fromRuntime = List.copyOf(problems);
        changed();
    }

    /** The problems of the last publish the runtime refused. */
    public List<Problem> runtime() {
        return fromRuntime;
    }

    /** The errors of the flows directory as validated here (the runtime's not included). */
    public List<Problem> errors() {
        synchronized (byFile) {
            return byFile.values().stream().flatMap(List::stream).filter(Problem::isError).toList();
        }
    }

    public List<Problem> all() {
        synchronized (byFile) {
            List<Problem> all = new ArrayList<>(fromRuntime);
            byFile.values().forEach(all::addAll);
            return all;
        }
    }

    public void addListener(Consumer<ProblemBoard> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ProblemBoard> listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(l -> l.accept(this));
    }
}
