package org.centralita.flows.rules;

/** A rule threw while deciding: the rules node takes its error outcome. */
public final class RuleFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public RuleFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
