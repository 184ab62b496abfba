package org.centralita.flows.executable;

/** Plays a prompt, then goes on to {@code next}. */
public record PlayNode(String id, PromptSpec prompt, boolean bargeIn, String next, String error)
        implements ExecutableNode {
}
