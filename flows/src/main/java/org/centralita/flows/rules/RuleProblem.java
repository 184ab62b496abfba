package org.centralita.flows.rules;

/** Why a rule file does not compile, at a 1-based line and column of the file (0 when unknown). */
public record RuleProblem(int line, int column, String message) {
}
