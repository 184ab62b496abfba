package org.centralita.runtime.rules;

import java.time.Duration;
import org.centralita.flows.rules.RuleSet;
import org.drools.drl.parser.DrlParser;

/**
 * Builds rules the sandbox would refuse, on purpose: tests of the runtime's second line of
 * defence (firing, time and memory limits) need code that got past the first.
 */
public final class UncheckedRules {

    private UncheckedRules() {
    }

    /** The rule set of {@code drl}, built without the sandbox, with a short time limit. */
    public static RuleSet build(String drl, Duration timeLimit) {
        try {
            var model = new DrlParser().parse(false, drl);
            KieBuild.Built built = KieBuild.of(model, new RuleLimits(RuleLimits.DEFAULT.maxFirings(), timeLimit));
            if (!built.errors().isEmpty()) {
                throw new IllegalArgumentException("the test rules do not build: " + built.errors());
            }
            return built.rules();
        } catch (org.drools.drl.parser.DroolsParserException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
