package org.centralita.flows.edit;

/** An edit that cannot be made, with a message for the analyst saying why (and what to do). */
public final class EditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EditException(String message) {
        super(message);
    }
}
