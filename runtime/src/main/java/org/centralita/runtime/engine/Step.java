package org.centralita.runtime.engine;

import org.centralita.runtime.channel.Handoff;

/** What a node's executor decided: where the call goes on, or how it ends. Never thrown. */
public sealed interface Step {

    /** Go on at {@code node}. */
    record Next(String node) implements Step {
    }

    /** The node failed: the call takes the node's error outcome, else the flow's on-error. */
    record Fail(String message) implements Step {
    }

    /** The engine's part of the call is over. */
    record End(CallOutcome outcome, Handoff handoff) implements Step {
    }

    /** A subflow returns {@code outcome} to the node that called it. */
    record Return(String outcome) implements Step {
    }

    static Step next(String node) {
        return new Next(node);
    }

    static Step fail(String message) {
        return new Fail(message);
    }

    /** Takes {@code outcome}, which leads to {@code node}; a failure when the flow left it out. */
    static Step toOutcome(String node, String outcome) {
        return node != null ? new Next(node) : new Fail("the node has no '" + outcome + "' outcome to take");
    }
}
