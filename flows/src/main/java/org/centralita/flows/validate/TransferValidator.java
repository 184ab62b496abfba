package org.centralita.flows.validate;

import org.centralita.flows.yaml.YamlNode;

/** A transfer: its target is a template over variables ({@code SIP/${agent}}). */
final class TransferValidator implements NodeValidator {

    @Override
    public String type() {
        return "transfer";
    }

    @Override
    public void validate(NodeScope scope) {
        scope.node().field("to").filter(YamlNode.Scalar.class::isInstance)
                .ifPresent(to -> ExpressionCheck.template(scope, (YamlNode.Scalar) to, "'to'"));
    }
}
