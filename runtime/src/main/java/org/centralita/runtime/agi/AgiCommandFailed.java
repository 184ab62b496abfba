package org.centralita.runtime.agi;

/** An AGI command could not be carried out (network error, bad path): the call's incident. */
public final class AgiCommandFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AgiCommandFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
