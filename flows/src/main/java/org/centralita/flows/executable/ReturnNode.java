package org.centralita.flows.executable;

/** Ends a subflow with a named outcome. */
public record ReturnNode(String id, String outcome, String error) implements ExecutableNode {
}
