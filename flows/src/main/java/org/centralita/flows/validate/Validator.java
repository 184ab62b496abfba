package org.centralita.flows.validate;

import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowSet;

/**
 * Validates a set of flows against the format and against each other (subflows), reporting
 * every problem of every file at once. Stateless: one instance may validate many sets.
 */
public final class Validator {

    /** Every problem of every flow of {@code set}, including the files that could not be read. */
    public ValidationReport validate(FlowSet set, ValidationOptions options) {
        ValidationRun run = new ValidationRun(set, options == null ? ValidationOptions.defaults() : options);
        run.addAll(set.readProblems());
        for (Flow flow : set.flows()) {
            FlowValidator.validate(run, flow);
        }
        FlowSetCheck.check(run);
        return new ValidationReport(run.problems());
    }

    /** {@link #validate(FlowSet, ValidationOptions)} with only what the files themselves show. */
    public ValidationReport validate(FlowSet set) {
        return validate(set, ValidationOptions.defaults());
    }
}
