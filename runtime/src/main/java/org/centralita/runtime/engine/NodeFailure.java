package org.centralita.runtime.engine;

/**
 * A node could not do its work (an expression failed, a value does not fit its variable). The
 * engine turns it into the node's error outcome; it never leaves the engine.
 */
public final class NodeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NodeFailure(String message) {
        super(message, null, false, false);
    }
}
