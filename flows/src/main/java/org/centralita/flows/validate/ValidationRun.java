package org.centralita.flows.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowReader;
import java.util.Set;
import org.centralita.flows.model.FlowSet;

/**
 * One run of the validator over a set of flows: the problems found so far, and what is worth
 * doing once per run (a rule file compiled, a calendar read) however many nodes use it.
 */
final class ValidationRun {

    /** The node type that ends a subflow. */
    static final String RETURN = "return";

    private final FlowSet set;
    private final ValidationOptions options;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Path> checkedFiles = new HashSet<>();
    private final Map<Path, Boolean> existing = new HashMap<>();
    private final Map<Path, Optional<Flow>> flowsBeside = new HashMap<>();
    private final Map<String, Set<String>> returnedByFile = new HashMap<>();
    private final Map<String, Object> parsed = new HashMap<>();

    ValidationRun(FlowSet set, ValidationOptions options) {
        this.set = set;
        this.options = options;
    }

    FlowSet set() {
        return set;
    }

    ValidationOptions options() {
        return options;
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    List<Problem> problems() {
        return problems;
    }

    /** True the first time a file is offered: its own problems are reported once per run. */
    boolean firstLookAt(Path file) {
        return checkedFiles.add(file.toAbsolutePath().normalize());
    }

    boolean exists(Path file) {
        return existing.computeIfAbsent(file.toAbsolutePath().normalize(), java.nio.file.Files::isRegularFile);
    }

    /**
     * The flow with this id: from the set, else from {@code ID.flow.yaml} beside {@code caller}
     * (so that validating one file still finds its subflows). A file beside that cannot be read
     * counts as missing; it is reported when it is validated itself.
     */
    Optional<Flow> flow(String id, Flow caller) {
        Optional<Flow> inSet = set.flow(id);
        if (inSet.isPresent() || !Names.isId(id)) {
            return inSet;
        }
        Path parent = Path.of(caller.file()).getParent();
        Path file = parent == null ? Path.of(id + FlowSet.FLOW_SUFFIX) : parent.resolve(id + FlowSet.FLOW_SUFFIX);
        return flowsBeside.computeIfAbsent(file.toAbsolutePath().normalize(), p -> readQuietly(file));
    }

    private static Optional<Flow> readQuietly(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(FlowReader.read(file));
        } catch (org.centralita.flows.yaml.FlowReadException e) {
            return Optional.empty();
        }
    }

    /** The outcomes a flow's {@code return} nodes name, in the order written. */
    Set<String> returnedOutcomes(Flow flow) {
        return returnedByFile.computeIfAbsent(flow.file(), f -> {
            Set<String> names = new java.util.LinkedHashSet<>();
            flow.nodes().values().stream().filter(n -> n.typeName().equals(RETURN))
                    .forEach(n -> n.text("outcome").ifPresent(names::add));
            return names;
        });
    }

    /** Parses an expression once per run however often it is written (an Expression is immutable). */
    org.centralita.flows.expr.Expression parse(String source) throws org.centralita.flows.expr.ExpressionException {
        Object result = parsed.computeIfAbsent(source, text -> {
            try {
                return org.centralita.flows.expr.Expressions.parse(text);
            } catch (org.centralita.flows.expr.ExpressionException e) {
                return e;
            }
        });
        if (result instanceof org.centralita.flows.expr.ExpressionException e) {
            throw e;
        }
        return (org.centralita.flows.expr.Expression) result;
    }
}
