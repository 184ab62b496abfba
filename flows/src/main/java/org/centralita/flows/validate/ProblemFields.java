package org.centralita.flows.validate;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/**
 * Which field of a flow a problem is about, where that is known: the key written at (or before,
 * within the same node) the problem's position, or the field a "missing required" message names.
 * Tools that point at a field (the command line's JSON, the designer's outcome rows) read it here.
 */
public final class ProblemFields {

    private static final Pattern MISSING = Pattern.compile("missing required (?:field|outcome) '([^']+)'.*");

    private ProblemFields() {
    }

    /**
     * The field {@code problem} is about: a key of its node's map (such as {@code next} or
     * {@code options}), or of the flow's top level for problems about no node; empty when the
     * problem is about the node or the file as a whole, or is not about {@code flow}'s file.
     */
    public static Optional<String> of(Problem problem, Flow flow) {
        if (flow == null || !flow.file().equals(problem.position().file())) {
            return Optional.empty();
        }
        if (problem.node() == null) {
            return keyAt(flow.root(), problem.position());
        }
        FlowNode node = flow.node(problem.node()).orElse(null);
        if (node == null) {
            return Optional.empty();
        }
        Matcher missing = MISSING.matcher(problem.message());
        if (missing.matches()) {
            return Optional.of(missing.group(1));
        }
        return keyAt(node.body(), problem.position());
    }

    /** The last key of {@code map} written at or before {@code at}, when {@code at} is within it. */
    private static Optional<String> keyAt(YamlNode.Mapping map, SourcePosition at) {
        return map.entries().values().stream()
                .filter(e -> compare(e.keyPosition(), at) <= 0)
                .max(Comparator.comparing(YamlNode.Entry::keyPosition, ProblemFields::compare))
                .map(YamlNode.Entry::key);
    }

    private static int compare(SourcePosition a, SourcePosition b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
    }
}
