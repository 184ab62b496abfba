package org.centralita.runtime.channel;

/** The caller has hung up: the call's flow stops wherever it is, and its record is kept. */
public final class CallerHungUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CallerHungUp() {
        super("the caller hung up", null, false, false);
    }
}
