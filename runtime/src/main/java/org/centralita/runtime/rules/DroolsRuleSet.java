package org.centralita.runtime.rules;

import java.util.ArrayList;
import java.util.List;
import org.centralita.flows.rules.RuleFailure;
import org.centralita.flows.rules.RuleInput;
import org.centralita.flows.rules.RuleOutcome;
import org.centralita.flows.rules.RuleSet;
import org.centralita.rules.Call;
import org.centralita.rules.Decision;
import org.centralita.rules.Flow;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * A built rule file. The KieBase is shared by every call; each decision runs in a session of its
 * own that is always disposed, with the call, the flow's variables and a fresh decision as facts,
 * within {@link RuleLimits} of firings and time (see {@link DecisionWatchdog}).
 */
final class DroolsRuleSet implements RuleSet {

    private final KieBase base;
    private final RuleLimits limits;

    DroolsRuleSet(KieBase base, RuleLimits limits) {
        this.base = base;
        this.limits = limits;
    }

    @Override
    public RuleOutcome decide(RuleInput input) throws RuleFailure {
        KieSession session = base.newKieSession();
        try {
            return DecisionWatchdog.run(new DecisionWatchdog.Decision<>() {
                @Override
                public RuleOutcome run() throws RuleFailure {
                    return fire(session, input);
                }

                @Override
                public void halt() {
                    session.halt();
                }
            }, limits.timeLimit());
        } finally {
            session.dispose();
        }
    }

    private RuleOutcome fire(KieSession session, RuleInput input) throws RuleFailure {
        try {
            List<String> fired = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            Decision decision = new Decision();
            session.insert(new Call(input.callId(), input.ani(), input.dnis(), input.language(), input.now()));
            session.insert(new Flow(input.variables()));
            session.insert(decision);
            int count = session.fireAllRules(limits.maxFirings() + 1);
            if (count > limits.maxFirings()) {
                throw new RuleFailure("rules fired more than " + limits.maxFirings() + " times in one decision (rules"
                        + " that keep triggering each other?); last: " + fired.get(fired.size() - 1), null);
            }
            return new RuleOutcome(decision.getOutcome(), decision.getAssignments(), fired);
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof StackOverflowError || cause instanceof OutOfMemoryError) {
                throw (Error) cause; // the watchdog names them
            }
            throw new RuleFailure("rule '" + e.getRule().getName() + "' failed: " + describe(cause), cause);
        } catch (RuntimeException e) {
            throw new RuleFailure("the rules failed: " + describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
