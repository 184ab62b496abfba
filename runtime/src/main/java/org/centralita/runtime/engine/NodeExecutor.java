package org.centralita.runtime.engine;

import org.centralita.flows.executable.ExecutableNode;

/**
 * Runs one node type: does what the node does on the call and says which outcome it took.
 * Executors are stateless and shared by every call; only {@code CallerHungUp} may escape.
 */
public interface NodeExecutor<N extends ExecutableNode> {

    /** The compiled node record this executor runs. */
    Class<N> nodeClass();

    Step execute(N node, Call call);
}
