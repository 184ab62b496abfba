package org.centralita.flows.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Several edits made as one: applied in order, undone in the opposite order, so a command stack
 * takes them back with one undo (a paste of several nodes). The edits must each be possible on
 * the text as it stands before the group (as creations of distinct fresh ids are); if one fails
 * on the way, those already made are taken back and nothing is changed.
 */
public final class EditGroup implements FlowEdit {

    private final String label;
    private final List<FlowEdit> edits;

    public EditGroup(String label, List<? extends FlowEdit> edits) {
        this.label = label;
        this.edits = List.copyOf(edits);
    }

    @Override
    public String label() {
        return label;
    }

    /** The edits of the group, in the order they are made. */
    public List<FlowEdit> edits() {
        return edits;
    }

    @Override
    public Optional<String> refusal() {
        if (edits.isEmpty()) {
            return Optional.of("nothing to " + label.toLowerCase(java.util.Locale.ROOT));
        }
        return edits.stream().map(FlowEdit::refusal).flatMap(Optional::stream).findFirst();
    }

    @Override
    public void apply() {
        run(FlowEdit::apply, FlowEdit::undo);
    }

    @Override
    public void undo() {
        List<FlowEdit> reversed = new ArrayList<>(edits);
        java.util.Collections.reverse(reversed);
        for (FlowEdit edit : reversed) {
            edit.undo();
        }
    }

    @Override
    public void redo() {
        run(FlowEdit::redo, FlowEdit::undo);
    }

    private void run(java.util.function.Consumer<FlowEdit> step, java.util.function.Consumer<FlowEdit> back) {
        List<FlowEdit> made = new ArrayList<>();
        try {
            for (FlowEdit edit : edits) {
                step.accept(edit);
                made.add(0, edit);
            }
        } catch (RuntimeException e) {
            made.forEach(back);
            throw e;
        }
    }
}
