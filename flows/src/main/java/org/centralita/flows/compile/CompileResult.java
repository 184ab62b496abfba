package org.centralita.flows.compile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.validate.Problem;

/**
 * What a compile produced.
 *
 * @param flows the flows that compiled, by flow id; a flow with a compile error is left out
 * @param problems compile errors and warnings (a rule file that does not compile, at its line)
 */
public record CompileResult(Map<String, ExecutableFlow> flows, List<Problem> problems) {

    public CompileResult {
        flows = Collections.unmodifiableMap(new LinkedHashMap<>(flows));
        problems = List.copyOf(problems);
    }

    public Optional<ExecutableFlow> flow(String id) {
        return Optional.ofNullable(flows.get(id));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
