package org.centralita.designer.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.centralita.designer.Messages;
import org.centralita.designer.model.ProblemBoard;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.yaml.SourcePosition;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text editor of the flows directory: rule files, calendars, and flow files that cannot be
 * read as flows. The reading error and the validator's messages about the file are marked on
 * their lines and listed above the text, never shown as a stack trace.
 */
public final class FlowTextEditor extends EditorPart {

    /** The editor's id in plugin.xml. */
    public static final String ID = "org.centralita.designer.textEditor";
    private static final Logger LOG = LoggerFactory.getLogger(FlowTextEditor.class);

    private StyledText text;
    private Label banner;
    private boolean dirty;
    private final List<Integer> markedLines = new ArrayList<>();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof FlowFileInput)) {
            throw new PartInitException("Centralita opens files of the flows directory only");
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    private FlowFileInput file() {
        return (FlowFileInput) getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        banner = new Label(parent, SWT.WRAP);
        banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        banner.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        text = new StyledText(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setFont(parent.getDisplay().getSystemFont());
        text.setText(read());
        text.addModifyListener(e -> {
            if (!dirty) {
                dirty = true;
                firePropertyChange(PROP_DIRTY);
            }
        });
        markProblems();
    }

    private String read() {
        try {
            return Files.readString(file().file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("could not read {}: {}", file().file(), e.toString());
            return "";
        }
    }

    /** Marks the reading error, then the validator's messages about this file, on their lines. */
    private void markProblems() {
        List<String> messages = new ArrayList<>();
        List<SourcePosition> positions = new ArrayList<>();
        file().readError().ifPresent(e -> {
            messages.add(e.describe());
            positions.add(e.position());
        });
        String name = file().file().toString();
        for (Problem problem : ProblemBoard.get().all()) {
            if (!messages.contains(problem.format()) && sameFile(problem.position().file(), name)) {
                messages.add(problem.format());
                positions.add(problem.position());
            }
        }
        banner.setText(messages.isEmpty() ? "" : Messages.bind(Messages.TextEditor_problems, String.join("\n", messages)));
        Color mark = text.getDisplay().getSystemColor(SWT.COLOR_YELLOW);
        markedLines.clear();
        for (SourcePosition position : positions) {
            int line = Math.max(0, Math.min(position.line() - 1, text.getLineCount() - 1));
            text.setLineBackground(line, 1, mark);
            markedLines.add(line + 1);
        }
        if (!positions.isEmpty()) {
            int line = Math.max(0, Math.min(positions.get(0).line() - 1, text.getLineCount() - 1));
            text.setCaretOffset(text.getOffsetAtLine(line));
            text.setTopIndex(Math.max(0, line - 3));
        }
        banner.getParent().layout();
    }

    private static boolean sameFile(String a, String b) {
        return java.nio.file.Path.of(a).toAbsolutePath().normalize().equals(java.nio.file.Path.of(b).toAbsolutePath().normalize());
    }

    /** The lines (from 1) marked with an error, for tests and the status line. */
    public List<Integer> markedLines() {
        return List.copyOf(markedLines);
    }

    /** The messages shown above the text. */
    public String bannerText() {
        return banner.getText();
    }

    public String content() {
        return text.getText();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            Files.writeString(file().file(), text.getText(), StandardCharsets.UTF_8);
            dirty = false;
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            LOG.warn("could not save {}: {}", file().file(), e.toString());
            banner.setText(Messages.bind(Messages.TextEditor_saveFailed, e.getMessage()));
        }
    }

    @Override
    public void doSaveAs() {
        // Files keep their names: the flows directory refers to them by name.
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }
}
