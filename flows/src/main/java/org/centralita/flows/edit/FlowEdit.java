package org.centralita.flows.edit;

import java.util.Optional;

/**
 * One undoable change to flow documents, shaped for a GEF command: {@link #refusal()} answers
 * {@code canExecute}, then {@link #apply()}, {@link #undo()} and {@link #redo()} in that order
 * of a command stack. Undo gives back the exact text the edit found.
 */
public interface FlowEdit {

    /** A short name for menus ("Undo Rename node 'greet'"). */
    String label();

    /** Why the edit cannot be made now, or empty when it can. */
    Optional<String> refusal();

    /** Makes the edit. Throws {@link EditException} (changing nothing) when it cannot be made. */
    void apply();

    /** Takes the edit back: every document holds the text it had before {@link #apply()}. */
    void undo();

    /** Makes the edit again after an {@link #undo()}. */
    void redo();
}
