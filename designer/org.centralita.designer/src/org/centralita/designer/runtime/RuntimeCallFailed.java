package org.centralita.designer.runtime;

/** A call to the runtime's admin API that did not work, with the sentence the analyst reads. */
public final class RuntimeCallFailed extends Exception {

    private static final long serialVersionUID = 1L;

    public RuntimeCallFailed(String message) {
        super(message);
    }
}
