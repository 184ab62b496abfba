package org.centralita.flows.yaml;

/** A file could not be read as a flow at all (not YAML, empty, binary, wrong version). */
public final class FlowReadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient SourcePosition position;

    public FlowReadException(SourcePosition position, String message) {
        super(message);
        this.position = position;
    }

    public SourcePosition position() {
        return position;
    }

    /** The one-line form people read: {@code file:line:col: error: message}. */
    public String describe() {
        return position + ": error: " + getMessage();
    }
}
