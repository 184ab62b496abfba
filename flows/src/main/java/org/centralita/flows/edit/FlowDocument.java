package org.centralita.flows.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowReader;
import org.centralita.flows.yaml.FlowReadException;
import org.centralita.flows.yaml.YamlDocumentReader;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One flow file open for editing: its text exactly as read (comments, spacing, order, line ends)
 * and the flow read from it. Edits change the text by small replacements and the flow is read
 * again, so a file saved unchanged is byte for byte the file opened. Not thread-safe: the
 * designer edits on its UI thread.
 */
public final class FlowDocument {

    private final List<Consumer<FlowDocument>> listeners = new CopyOnWriteArrayList<>();
    private Path path;
    private Path savedPath;
    private String text;
    private String savedText;
    private Flow flow;
    private YamlSource source;

    private FlowDocument(Path path, String text) throws FlowReadException {
        this.path = path;
        this.savedPath = path;
        this.text = text;
        this.savedText = text;
        read(path, text);
    }

    /** Opens a flow file; a file that cannot be read as a flow is refused with its position. */
    public static FlowDocument open(Path path) throws FlowReadException {
        return new FlowDocument(path, FlowReader.readText(path));
    }

    /** A document over {@code text}, as if read from {@code path}. */
    public static FlowDocument of(Path path, String text) throws FlowReadException {
        return new FlowDocument(path, text);
    }

    /** Reads the flow and the marks of {@code text} from one composition of it. */
    private void read(Path file, String newText) throws FlowReadException {
        Node root = YamlDocumentReader.compose(file.toString(), FlowReader.withoutByteOrderMark(newText));
        Flow newFlow = FlowReader.read(file.toString(), root);
        flow = newFlow;
        source = YamlSource.of(newText, (MappingNode) root);
    }

    /** The text as it stands, with every edit made so far. */
    public String text() {
        return text;
    }

    /** The flow read from the text as it stands. */
    public Flow flow() {
        return flow;
    }

    /** Where the document is saved. */
    public Path path() {
        return path;
    }

    /** Whether the text or the file name differs from what was last opened or saved. */
    public boolean isDirty() {
        return !text.equals(savedText) || !path.equals(savedPath);
    }

    /**
     * Writes the text to {@link #path()} in UTF-8, exactly as it stands; a document whose flow was
     * renamed is written under its new name and its old file removed.
     */
    public void save() throws IOException {
        Files.write(path, text.getBytes(StandardCharsets.UTF_8));
        if (!path.equals(savedPath)) {
            Files.deleteIfExists(savedPath);
        }
        savedText = text;
        savedPath = path;
    }

    /** Calls {@code listener} after every change of the text (an edit, its undo or its redo). */
    public void addChangeListener(Consumer<FlowDocument> listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Consumer<FlowDocument> listener) {
        listeners.remove(listener);
    }

    /** The text with its YAML marks, for planning edits. */
    YamlSource source() {
        return source;
    }

    /** Makes {@code changes} in order; if the text would no longer read as a flow, makes none. */
    void change(List<TextChange> changes) {
        String before = text;
        String after = before;
        for (TextChange change : changes) {
            after = change.applyTo(after);
        }
        try {
            read(path, after);
        } catch (FlowReadException e) {
            throw new EditException("this edit would make the file unreadable (" + e.describe() + "); nothing was changed");
        }
        text = after;
        listeners.forEach(listener -> listener.accept(this));
    }

    /** Moves the document to another file (a renamed flow); saving writes there. */
    void moveTo(Path newPath) {
        try {
            read(newPath, text);
        } catch (FlowReadException e) {
            throw new IllegalStateException("a text that was read cannot become unreadable by its name", e);
        }
        path = newPath;
        listeners.forEach(listener -> listener.accept(this));
    }
}
