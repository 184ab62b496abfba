package org.centralita.runtime.rules;

import java.util.List;
import org.centralita.flows.rules.RuleProblem;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.io.DescrResource;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

/**
 * Builds a parsed rule model into a KieBase. It is given the model the sandbox approved, never
 * the text again, so that what runs is exactly what was checked.
 */
final class KieBuild {

    /** The rule set, or the build's errors at their lines. */
    record Built(DroolsRuleSet rules, List<RuleProblem> errors) {
    }

    private KieBuild() {
    }

    static Built of(PackageDescr model, RuleLimits limits) {
        KieHelper helper = new KieHelper();
        helper.addResource(new DescrResource(model), ResourceType.DESCR);
        List<RuleProblem> errors = errors(helper.verify());
        if (!errors.isEmpty()) {
            return new Built(null, errors);
        }
        KieBase base = helper.build();
        return new Built(new DroolsRuleSet(base, limits), List.of());
    }

    private static List<RuleProblem> errors(Results results) {
        return BuildMessages.problems(results.getMessages(Message.Level.ERROR));
    }
}
