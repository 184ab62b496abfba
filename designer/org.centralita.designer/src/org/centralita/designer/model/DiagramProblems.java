package org.centralita.designer.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.validate.Validator;

/**
 * Validates the flow being edited together with the other flows of its directory (its subflows
 * and callers), as published: the editor's badges and the problems view show these messages.
 */
public final class DiagramProblems {

    private DiagramProblems() {
    }

    /** The problems of the flow as it is now in the editor, unsaved edits included. */
    public static List<Problem> of(FlowDiagram diagram) {
        Path file = diagram.file().toAbsolutePath();
        Path directory = file.getParent();
        // the other flows as saved; the edited file is not read again (its flow is the editor's)
        List<Flow> flows = new ArrayList<>(FlowSet.load(List.of(directory), f -> !f.toAbsolutePath().equals(file)).flows());
        flows.add(diagram.flow());
        String name = diagram.flow().file();
        return new Validator().validate(FlowSet.of(flows)).problems().stream()
                .filter(p -> name.equals(p.position().file())).toList();
    }
}
