package org.centralita.flows.executable;

/** Ends the call, after {@code prompt} when it is not null. */
public record HangupNode(String id, PromptSpec prompt, String error) implements ExecutableNode {
}
