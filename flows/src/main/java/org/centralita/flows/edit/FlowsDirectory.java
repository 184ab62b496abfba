package org.centralita.flows.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.yaml.FlowReadException;

/**
 * The flow files of one flows directory open together, so that an edit can rewrite what other
 * flows say about a flow (its id in their subflow nodes, the outcomes it returns) and the
 * validator sees the subflows as they are being edited.
 */
public final class FlowsDirectory {

    private final Path directory;
    private final List<FlowDocument> documents;
    private final List<Problem> unreadable;

    private FlowsDirectory(Path directory, List<FlowDocument> documents, List<Problem> unreadable) {
        this.directory = directory;
        this.documents = documents;
        this.unreadable = unreadable;
    }

    /** Opens every flow file below {@code directory}; files that cannot be read are kept as problems. */
    public static FlowsDirectory open(Path directory) {
        FlowSet set = FlowSet.load(List.of(directory));
        List<FlowDocument> documents = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>(set.readProblems());
        for (Flow flow : set.flows()) {
            try {
                documents.add(FlowDocument.open(Path.of(flow.file())));
            } catch (FlowReadException e) {
                unreadable.add(Problem.of(e));
            }
        }
        return new FlowsDirectory(directory, documents, unreadable);
    }

    public Path directory() {
        return directory;
    }

    public List<FlowDocument> documents() {
        return List.copyOf(documents);
    }

    /** Files below the directory that could not be opened as flows. */
    public List<Problem> unreadable() {
        return List.copyOf(unreadable);
    }

    /** The document of the flow with this id. */
    public Optional<FlowDocument> document(String flowId) {
        return documents.stream().filter(d -> d.flow().id().equals(flowId)).findFirst();
    }

    /** The flows as they stand, for the validator. */
    public FlowSet flowSet() {
        return FlowSet.of(documents.stream().map(FlowDocument::flow).toList());
    }

    /** Saves every document with unsaved changes. */
    public void save() throws IOException {
        for (FlowDocument document : documents) {
            if (document.isDirty()) {
                document.save();
            }
        }
    }
}
