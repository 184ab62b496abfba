package org.centralita.designer.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.centralita.designer.Messages;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Names;
import org.centralita.flows.writer.ValueWriter;

/**
 * A new flow file, {@code ID.flow.yaml}, as the new flow wizard writes it: the format version,
 * its id and name, its first language, and a start node that validates (a hang-up) placed on the
 * diagram, ready for the analyst to draw the call in front of it.
 */
public final class NewFlow {

    /** The id of the node a new flow starts at. */
    public static final String START = "start";

    private NewFlow() {
    }

    /** Why a flow cannot be created with this id and language in {@code directory}, or empty. */
    public static Optional<String> problem(Path directory, String id, String language) {
        if (id == null || id.isBlank()) {
            return Optional.of(Messages.NewFlow_idMissing);
        }
        if (!Names.isId(id)) {
            return Optional.of(Messages.bind(Messages.NewFlow_idBad, id));
        }
        if (language == null || !Names.isLanguage(language)) {
            return Optional.of(Messages.bind(Messages.NewFlow_languageBad, language == null ? "" : language));
        }
        if (Files.exists(fileOf(directory, id))) {
            return Optional.of(Messages.bind(Messages.NewFlow_exists, fileOf(directory, id).getFileName()));
        }
        return Optional.empty();
    }

    /** Where the flow {@code id} is written. */
    public static Path fileOf(Path directory, String id) {
        return directory.resolve(id + FlowSet.FLOW_SUFFIX);
    }

    /** The text of a new flow. */
    public static String text(String id, String name, String language) {
        String shownName = name == null || name.isBlank() ? id : name.strip();
        return "centralita: 1\n"
                + "id: " + id + "\n"
                + "name: " + ValueWriter.inline(shownName) + "\n"
                + "languages: [" + language + "]\n"
                + "start: " + START + "\n"
                + "\n"
                + "nodes:\n"
                + "  " + START + ":\n"
                + "    type: hangup\n"
                + "\n"
                + "layout:\n"
                + "  " + START + ": {x: 40, y: 40}\n";
    }

    /** Writes the new flow; refuses (IllegalArgumentException with the reason) what {@link #problem} names. */
    public static Path create(Path directory, String id, String name, String language) throws IOException {
        Optional<String> problem = problem(directory, id, language);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        Path file = fileOf(directory, id);
        Files.writeString(file, text(id, name, language), StandardCharsets.UTF_8);
        return file;
    }
}
