package org.centralita.runtime.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.executable.RulesNode;
import org.centralita.flows.rules.RuleFailure;
import org.centralita.flows.rules.RuleInput;
import org.centralita.flows.rules.RuleOutcome;
import org.centralita.runtime.trace.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the node's compiled rules decide: their assignments are applied, their outcome chosen
 * ({@code default} when none, or one the node does not map), a throwing rule is the error outcome.
 */
final class RulesExecutor implements NodeExecutor<RulesNode> {

    private static final Logger LOG = LoggerFactory.getLogger(RulesExecutor.class);

    @Override
    public Class<RulesNode> nodeClass() {
        return RulesNode.class;
    }

    /**
     * The failure's message with the values of sensitive variables masked: a rule may have put
     * one in it (an exception text, a number that did not parse), and it goes to the trace and logs.
     */
    private static String withoutSecrets(String message, Call call) {
        String masked = message == null ? "" : message;
        for (Map.Entry<String, Object> variable : call.variables().entrySet()) {
            String value = variable.getValue() == null ? "" : variable.getValue().toString();
            if (call.isSensitive(variable.getKey()) && !value.isEmpty()) {
                masked = masked.replace(value, Masking.MASK);
            }
        }
        return masked;
    }

    @Override
    public Step execute(RulesNode node, Call call) {
        RuleOutcome decided;
        try {
            decided = node.rules().decide(new RuleInput(call.info().id(), call.info().ani(), call.info().dnis(),
                    call.language(), call.now(), new LinkedHashMap<>(call.variables())));
        } catch (RuleFailure e) {
            return Step.fail("rules '" + node.rulesFile() + "' failed: " + withoutSecrets(e.getMessage(), call));
        }
        String outcome = decided.outcome() == null ? "default" : decided.outcome();
        call.trace().rules(node.id(), outcome, decided.fired());
        for (Map.Entry<String, Object> assignment : decided.assignments().entrySet()) {
            // what rules compute is opaque: a value that quotes a secret is taken as derived from it
            call.assign(node.id(), assignment.getKey(), assignment.getValue(), call.quotesSecret(assignment.getValue()));
        }
        String target = node.outcomes().get(outcome);
        if (target == null && decided.outcome() != null) {
            LOG.warn("rules '{}' chose outcome '{}' that node '{}' does not map; taking default",
                    node.rulesFile(), outcome, node.id());
        }
        return Step.toOutcome(target != null ? target : node.defaultTarget(), "default");
    }
}
