package org.centralita.flows.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * An undo/redo stack of edits, for callers without GEF's command stack (the command line, tests).
 * An edit that fails to apply is not recorded.
 */
public final class EditHistory {

    private final Deque<FlowEdit> done = new ArrayDeque<>();
    private final Deque<FlowEdit> undone = new ArrayDeque<>();

    /** Applies {@code edit} and records it; the redo list is dropped, as in any editor. */
    public void apply(FlowEdit edit) {
        edit.apply();
        done.push(edit);
        undone.clear();
    }

    /** Undoes the last edit; false when there is none. */
    public boolean undo() {
        FlowEdit edit = done.poll();
        if (edit == null) {
            return false;
        }
        edit.undo();
        undone.push(edit);
        return true;
    }

    /** Redoes the last undone edit; false when there is none. */
    public boolean redo() {
        FlowEdit edit = undone.poll();
        if (edit == null) {
            return false;
        }
        edit.redo();
        done.push(edit);
        return true;
    }

    /** The label of the edit {@link #undo()} would take back. */
    public Optional<String> undoLabel() {
        return Optional.ofNullable(done.peek()).map(FlowEdit::label);
    }
}
