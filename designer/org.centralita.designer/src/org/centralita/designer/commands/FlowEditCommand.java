package org.centralita.designer.commands;

import java.util.Optional;
import org.centralita.flows.edit.FlowEdit;
import org.eclipse.gef.commands.Command;

/**
 * A GEF command made of one edit of the flows module's editing API: the edit's own refusal and
 * the designer's rule (if any) decide {@link #canExecute()}; undo gives back the exact text.
 */
public class FlowEditCommand extends Command {

    private final FlowEdit edit;
    private final String rule;

    public FlowEditCommand(FlowEdit edit) {
        this(edit, null);
    }

    /** A command refused with {@code rule} (a message for people) whatever the edit says. */
    public FlowEditCommand(FlowEdit edit, String rule) {
        super(edit.label());
        this.edit = edit;
        this.rule = rule;
    }

    /** Why the command cannot run now, or empty when it can. */
    public Optional<String> refusal() {
        return rule != null ? Optional.of(rule) : edit.refusal();
    }

    @Override
    public boolean canExecute() {
        return refusal().isEmpty();
    }

    @Override
    public void execute() {
        edit.apply();
    }

    @Override
    public void undo() {
        edit.undo();
    }

    @Override
    public void redo() {
        edit.redo();
    }
}
