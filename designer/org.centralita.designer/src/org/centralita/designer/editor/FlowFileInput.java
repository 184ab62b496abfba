package org.centralita.designer.editor;

import java.nio.file.Path;
import java.util.Optional;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.flows.yaml.FlowReadException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A flow file (or a calendar, a rules file) opened from the flows directory. */
public final class FlowFileInput implements IPathEditorInput {

    private final Path file;
    private final FlowReadException readError;
    private FlowDiagram read;

    public FlowFileInput(Path file) {
        this(file, null);
    }

    /**
     * A flow file already read (by {@link EditorOpener}, which reads it to choose the editor): the
     * flow editor takes this diagram instead of reading the file a second time.
     */
    FlowFileInput(FlowDiagram read) {
        this(read.file(), null);
        this.read = read;
    }

    /** A file that could not be read as a flow, with the reason to mark in the text editor. */
    public FlowFileInput(Path file, FlowReadException readError) {
        this.file = file.toAbsolutePath().normalize();
        this.readError = readError;
    }

    /** Why the file could not be read as a flow, if it could not. */
    public java.util.Optional<FlowReadException> readError() {
        return java.util.Optional.ofNullable(readError);
    }

    /** The diagram read when the file was opened, given once (the editor that takes it owns it). */
    Optional<FlowDiagram> takeRead() {
        FlowDiagram taken = read;
        read = null;
        return Optional.ofNullable(taken);
    }

    public Path file() {
        return file;
    }

    @Override
    public IPath getPath() {
        return IPath.fromOSString(file.toString());
    }

    @Override
    public boolean exists() {
        return file.toFile().exists();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FlowFileInput input && input.file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}
