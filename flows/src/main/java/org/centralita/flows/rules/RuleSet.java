package org.centralita.flows.rules;

/**
 * A compiled rule file, ready to decide for many calls at once. Built once at publish by a
 * {@link RulesCompiler}; each decision runs in a fresh, disposed rule session.
 */
public interface RuleSet {

    /** Runs the rules against one call's facts. */
    RuleOutcome decide(RuleInput input) throws RuleFailure;
}
