package org.centralita.designer.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.centralita.designer.Messages;
import org.centralita.designer.model.ProblemBoard;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Problem;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
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
    /** How long the text rests after typing before it is checked again. */
    private static final int RECHECK_DELAY_MS = 700;
    private final Runnable recheck = this::recheckTyped;
    /** What the check of the typed text found (replacing the saved file's problems), or null before one. */
    private List<Problem> typedProblems;
    private boolean checking;
    private boolean checkAgain;
    /** Why the file is not shown as text to edit (not UTF-8), or null. */
    private String notText;
    private final List<Integer> markedLines = new ArrayList<>();
    private final Map<Integer, List<String>> lineMessages = new HashMap<>();
    private final Consumer<ProblemBoard> boardFeed = board -> {
        if (text != null && !text.isDisposed()) {
            text.getDisplay().asyncExec(() -> {
                if (!text.isDisposed()) {
                    markProblems();
                }
            });
        }
    };

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
        // a file that is not text (a recording, a spreadsheet) is shown, never edited: saving it would destroy it
        text.setEditable(notText == null);
        text.addModifyListener(e -> {
            if (!dirty) {
                dirty = true;
                firePropertyChange(PROP_DIRTY);
            }
            // the marks are checked again once the typing rests, not at every key (the timer restarts)
            text.getDisplay().timerExec(RECHECK_DELAY_MS, recheck);
        });
        text.addListener(SWT.MouseMove, e -> hover(e.y));
        text.addListener(SWT.MouseHover, e -> hover(e.y));
        markProblems();
        firstProblem().ifPresent(line -> goTo(line, 1));
        ProblemBoard.get().addListener(boardFeed);
    }

    private java.util.Optional<Integer> firstProblem() {
        return markedLines.stream().findFirst();
    }

    private String read() {
        try {
            return Files.readString(file().file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("could not read {}: {}", file().file(), e.toString());
            notText = Messages.bind(Messages.TextEditor_notText, file().file().getFileName());
            return "";
        }
    }

    /** Whether the text can be edited (not when the file could not be read as UTF-8 text). */
    public boolean editable() {
        return text.getEditable();
    }

    /**
     * Marks the reading error, then the messages of the problems view about this file (the
     * runtime's: rule compile errors, calendar errors), on their lines: the line's background,
     * a squiggle from the column, the message on hover and above the text.
     */
    private void markProblems() {
        List<String> messages = new ArrayList<>();
        if (notText != null) {
            messages.add(notText);
        }
        List<Problem> problems = new ArrayList<>();
        if (typedProblems == null) {
            file().readError().ifPresent(e -> {
                messages.add(e.describe());
                problems.add(Problem.of(e));
            });
        }
        for (Problem problem : typedProblems != null ? typedProblems : ProblemBoard.get().of(file().file())) {
            if (!messages.contains(problem.format())) {
                messages.add(problem.format());
                problems.add(problem);
            }
        }
        banner.setText(messages.isEmpty() ? "" : Messages.bind(Messages.TextEditor_problems, String.join("\n", messages)));
        text.setLineBackground(0, text.getLineCount(), null);
        text.setStyleRanges(new StyleRange[0]);
        markedLines.clear();
        lineMessages.clear();
        Color mark = text.getDisplay().getSystemColor(SWT.COLOR_YELLOW);
        for (Problem problem : problems) {
            int line = Math.max(0, Math.min(problem.position().line() - 1, text.getLineCount() - 1));
            text.setLineBackground(line, 1, mark);
            squiggle(line, problem.position().column(), problem.isError());
            if (!markedLines.contains(line + 1)) {
                markedLines.add(line + 1);
            }
            lineMessages.computeIfAbsent(line + 1, l -> new ArrayList<>()).add(problem.format());
        }
        banner.getParent().layout();
    }

    /** Underlines the line from the problem's column to its end, as an annotation does. */
    private void squiggle(int line, int column, boolean error) {
        int start = text.getOffsetAtLine(line);
        int end = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) - 1 : text.getCharCount();
        int from = Math.min(end, start + Math.max(0, column - 1));
        if (end <= from) {
            from = start;
        }
        if (end <= from) {
            return;
        }
        StyleRange range = new StyleRange();
        range.start = from;
        range.length = end - from;
        range.underline = true;
        range.underlineStyle = SWT.UNDERLINE_ERROR;
        range.underlineColor = text.getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW);
        text.setStyleRange(range);
    }

    /**
     * Checks the text as typed (off the UI thread) and marks what the check says; a check asked
     * for while one runs runs after it, on the text as it is then.
     */
    private void recheckTyped() {
        if (text == null || text.isDisposed() || !dirty) {
            return;
        }
        if (checking) {
            checkAgain = true;
            return;
        }
        checking = true;
        String typed = text.getText();
        Path directory = org.centralita.designer.app.FlowsDirectory.current();
        boolean flow = file().file().getFileName().toString().endsWith(FlowSet.FLOW_SUFFIX);
        Thread check = new Thread(() -> {
            java.util.Optional<List<Problem>> found = TypedTextCheck.problems(directory, file().file(), flow, typed);
            text.getDisplay().asyncExec(() -> {
                checking = false;
                if (text.isDisposed()) {
                    return;
                }
                if (found.isPresent() && dirty && typed.equals(text.getText())) {
                    typedProblems = found.get();
                    markProblems();
                }
                if (checkAgain) {
                    checkAgain = false;
                    recheckTyped();
                }
            });
        }, "centralita-typed-check");
        check.setDaemon(true);
        check.start();
    }

    /** Whether a check of the typed text runs now (tests wait for it). */
    public boolean checking() {
        return checking;
    }

    /** The messages marked on a line (from 1), as its hover shows them; empty when none. */
    public String messagesAt(int line) {
        return String.join("\n", lineMessages.getOrDefault(line, List.of()));
    }

    /** Shows the messages of the line under the mouse as the text's tool tip. */
    private void hover(int y) {
        String messages = "";
        if (y >= 0 && text.getLineCount() > 0) {
            int line = text.getLineIndex(y) + 1;
            messages = messagesAt(line);
        }
        String now = text.getToolTipText();
        String next = messages.isEmpty() ? null : messages;
        if (next == null ? now != null : !next.equals(now)) {
            text.setToolTipText(next);
        }
    }

    /** Puts the caret at a line and column (from 1) and shows it (the problems view's double-click). */
    public void goTo(int line, int column) {
        int index = Math.max(0, Math.min(line - 1, text.getLineCount() - 1));
        int start = text.getOffsetAtLine(index);
        int end = index + 1 < text.getLineCount() ? text.getOffsetAtLine(index + 1) - 1 : text.getCharCount();
        text.setCaretOffset(Math.min(end, start + Math.max(0, column - 1)));
        text.setTopIndex(Math.max(0, index - 3));
    }

    /** The line (from 1) the caret is on. */
    public int caretLine() {
        return text.getLineAtOffset(text.getCaretOffset()) + 1;
    }

    /** The text widget, for tests (hover events). */
    public StyledText textWidget() {
        return text;
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
        if (notText != null) {
            // a file that is not text was shown empty: writing that would destroy it
            return;
        }
        try {
            Files.writeString(file().file(), text.getText(), StandardCharsets.UTF_8);
            dirty = false;
            // the problems view checks the file as saved now: its marks are those again
            typedProblems = null;
            firePropertyChange(PROP_DIRTY);
            ProblemBoard.get().revalidate();
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

    @Override
    public void dispose() {
        ProblemBoard.get().removeListener(boardFeed);
        if (text != null && !text.getDisplay().isDisposed()) {
            text.getDisplay().timerExec(-1, recheck);
        }
        super.dispose();
    }
}
