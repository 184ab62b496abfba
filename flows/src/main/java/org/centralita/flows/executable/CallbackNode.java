package org.centralita.flows.executable;

import org.centralita.flows.expr.Expression;

/** Arranges a call back to {@code number}; {@code confirm} (may be null) is read back first. */
public record CallbackNode(String id, Expression number, String queue, PromptSpec confirm,
                           String next, String error) implements ExecutableNode {
}
