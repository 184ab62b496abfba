package org.centralita.flows.validate;

/** A rules node: the outcomes its rules may choose are names, each mapped to a node. */
final class RulesValidator implements NodeValidator {

    @Override
    public String type() {
        return "rules";
    }

    @Override
    public void validate(NodeScope scope) {
        ChoiceChecks.map(scope, "outcomes").ifPresent(outcomes -> outcomes.entries().forEach((name, entry) -> {
            if (!Names.isId(name)) {
                scope.error(entry.keyPosition(), "outcome name '" + name + "' must match [a-z][a-z0-9-]*");
            } else if (scope.type().outcome(name).isPresent()) {
                scope.error(entry.keyPosition(), "'" + name + "' is an outcome of the node itself: write it beside 'rules', not under 'outcomes'");
            }
        }));
    }
}
