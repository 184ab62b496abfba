package org.centralita.flows.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An edit made of text changes planned against the documents as they stand when it is applied.
 * Undo makes the inverse changes in the opposite order; redo makes the same changes again, which
 * is exact because a command stack only redoes on the text the undo left.
 */
abstract class TextEdit implements FlowEdit {

    private Map<FlowDocument, List<TextChange>> made;
    private boolean applied;

    /** The changes this edit makes, planned on the current text; none may overlap. */
    protected abstract List<DocumentChange> plan();

    @Override
    public Optional<String> refusal() {
        try {
            plan();
            return Optional.empty();
        } catch (EditException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public void apply() {
        if (applied) {
            throw new IllegalStateException(label() + " is already applied");
        }
        made = ordered(plan());
        make(made, false);
        applied = true;
    }

    @Override
    public void undo() {
        if (!applied) {
            throw new IllegalStateException(label() + " is not applied");
        }
        make(made, true);
        applied = false;
    }

    @Override
    public void redo() {
        if (applied || made == null) {
            throw new IllegalStateException(label() + " cannot be redone now");
        }
        make(made, false);
        applied = true;
    }

    /** Called after the text changes of apply and redo ({@code undone} false) or of undo. */
    protected void afterChange(boolean undone) {
    }

    /** Per document, the changes from the end of the text to its start, so offsets stay valid. */
    private static Map<FlowDocument, List<TextChange>> ordered(List<DocumentChange> planned) {
        Map<FlowDocument, List<TextChange>> byDocument = new LinkedHashMap<>();
        for (int i = planned.size() - 1; i >= 0; i--) {
            DocumentChange change = planned.get(i);
            byDocument.computeIfAbsent(change.document(), d -> new ArrayList<>()).add(change.change());
        }
        byDocument.values().forEach(list -> list.sort(Comparator.comparingInt(TextChange::offset).reversed()));
        return byDocument;
    }

    private void make(Map<FlowDocument, List<TextChange>> changes, boolean inverse) {
        List<FlowDocument> done = new ArrayList<>();
        try {
            for (Map.Entry<FlowDocument, List<TextChange>> entry : changes.entrySet()) {
                entry.getKey().change(inverse ? inverses(entry.getValue()) : entry.getValue());
                done.add(entry.getKey());
            }
        } catch (RuntimeException e) {
            for (FlowDocument document : done) {
                document.change(inverse ? changes.get(document) : inverses(changes.get(document)));
            }
            throw e;
        }
        afterChange(inverse);
    }

    private static List<TextChange> inverses(List<TextChange> changes) {
        List<TextChange> result = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            result.add(changes.get(i).inverse());
        }
        return result;
    }
}
