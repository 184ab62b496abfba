package org.centralita.flows.validate;

/** A return node: its outcome is a name the calling subflow node maps. */
final class ReturnValidator implements NodeValidator {

    @Override
    public String type() {
        return "return";
    }

    @Override
    public void validate(NodeScope scope) {
        scope.node().text("outcome").filter(name -> !Names.isId(name)).ifPresent(name ->
                scope.error(scope.node().positionOf("outcome"), "outcome name '" + name + "' must match [a-z][a-z0-9-]*"));
    }
}
