package org.centralita.designer.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.centralita.designer.Messages;
import org.centralita.designer.app.FlowsDirectory;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.model.CallsOverlay;
import org.centralita.designer.model.ProblemBoard;
import org.centralita.designer.runtime.CallsPeriod;
import org.centralita.designer.runtime.DeployedFlow;
import org.centralita.designer.runtime.FlowsUpload;
import org.centralita.designer.runtime.NodeCalls;
import org.centralita.designer.runtime.PublishAnswer;
import org.centralita.designer.runtime.RuntimeCallFailed;
import org.centralita.designer.runtime.RuntimeClient;
import org.centralita.designer.runtime.RuntimeProblems;
import org.centralita.designer.runtime.RuntimeSettings;
import org.centralita.flows.validate.Problem;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime Studio publishes to: the answer to the last publish or rollback, the deployed
 * versions of each flow with their dates, and rollback to a kept version. Every call to the
 * runtime runs in a background job; the view shows its outcome when it is back.
 */
public final class RuntimeView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.centralita.designer.runtime";

    /** One row of the versions table. */
    public record VersionRow(String flow, DeployedFlow.Version version, boolean active) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(RuntimeView.class);
    /** The longest wait for the runtime's check of the directory before a publish (its own limit is 180 s). */
    private static final java.time.Duration CHECK_LIMIT = java.time.Duration.ofSeconds(200);

    private Text answer;
    private TableViewer versions;
    private Button rollback;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        answer = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridData answerData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
        answerData.heightHint = 70;
        answer.setLayoutData(answerData);
        answer.setText(Messages.RuntimeView_idle);
        versions = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        versions.getTable().setHeaderVisible(true);
        versions.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        column(Messages.RuntimeView_flow, 160, VersionRow::flow);
        column(Messages.RuntimeView_version, 70, r -> Integer.toString(r.version().version()));
        column(Messages.RuntimeView_publishedAt, 200, r -> r.version().publishedAt());
        column(Messages.RuntimeView_publishedBy, 200, r -> r.version().publishedBy());
        column(Messages.RuntimeView_active, 60, r -> r.active() ? "\u2714" : "");
        versions.setContentProvider(ArrayContentProvider.getInstance());
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(Messages.RuntimeView_refresh);
        refresh.addListener(SWT.Selection, e -> refreshVersions());
        rollback = new Button(parent, SWT.PUSH);
        rollback.setText(Messages.RuntimeView_rollback);
        rollback.setEnabled(false);
        rollback.addListener(SWT.Selection, e -> rollBackSelected());
        versions.addSelectionChangedListener(e -> rollback.setEnabled(selected() != null && !selected().active()));
    }

    private void column(String title, int width, Function<VersionRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(versions, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((VersionRow) element);
            }
        });
    }

    /** Opens (or brings up) the view in {@code page}. */
    public static RuntimeView show(IWorkbenchPage page) throws PartInitException {
        return (RuntimeView) page.showView(ID);
    }

    /**
     * Publishes the flows directory: validated first, the flows here and then the whole directory
     * by the runtime's own validation (calendars, rules compiled by Drools) as the problems view
     * has it; with any error the problems view lists it and nothing is uploaded. Then uploaded to
     * the runtime; its answer is shown here, the problems of a publish it refused in the problems view.
     */
    public void publish() {
        Path directory = FlowsDirectory.current();
        ProblemBoard board = ProblemBoard.get();
        board.putRuntime(List.of());
        board.validateDirectory(directory);
        List<Problem> errors = board.errors();
        if (!errors.isEmpty()) {
            say(Messages.bind(Messages.Publish_refusedHere, errors.size(), directory));
            showProblems();
            return;
        }
        say(Messages.bind(Messages.Publish_checking, directory));
        background(Messages.Publish_job, () -> {
            // the runtime's own validation of the directory (calendars, rules compiled by Drools)
            if (!awaitCheck(board)) {
                throw new RuntimeCallFailed(Messages.bind(Messages.Publish_notChecked, directory));
            }
            List<Problem> found = board.errors();
            if (!found.isEmpty()) {
                return () -> {
                    say(Messages.bind(Messages.Publish_refusedHere, found.size(), directory));
                    showProblems();
                };
            }
            RuntimeClient client = RuntimeClient.fromSettings();
            byte[] zip;
            try {
                zip = FlowsUpload.zip(directory);
            } catch (java.io.IOException e) {
                throw new RuntimeCallFailed(Messages.bind(Messages.Publish_unreadable, directory, e.getMessage()));
            }
            PublishAnswer published = client.publish(zip, System.getProperty("user.name", "studio") + " (Centralita Studio)");
            List<DeployedFlow> deployed = published.accepted() ? client.flows() : null;
            return () -> {
                if (published.accepted()) {
                    say(Messages.bind(Messages.Publish_done, client.url(), String.join("\n", published.lines())));
                    showVersions(deployed);
                } else {
                    board.putRuntime(RuntimeProblems.of(published.problems(), directory));
                    say(Messages.bind(Messages.Publish_refusedThere, new Object[] {client.url(), published.error(),
                        published.problems().size()}));
                    showProblems();
                }
            };
        });
    }

    /** Waits until the problems board has the runtime's check of the directory (or knows it cannot have it). */
    private static boolean awaitCheck(ProblemBoard board) {
        try {
            return board.awaitChecked(CHECK_LIMIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads the deployed versions from the runtime again. */
    public void refreshVersions() {
        background(Messages.Versions_job, () -> {
            RuntimeClient client = RuntimeClient.fromSettings();
            List<DeployedFlow> deployed = client.flows();
            return () -> {
                say(Messages.bind(Messages.Versions_read, client.url()));
                showVersions(deployed);
            };
        });
    }

    /** Makes a kept version of a flow the active one, then lists the versions again. */
    public void rollBack(String flow, int version) {
        background(Messages.Rollback_job, () -> {
            RuntimeClient client = RuntimeClient.fromSettings();
            client.rollback(flow, version);
            List<DeployedFlow> deployed = client.flows();
            return () -> {
                say(Messages.bind(Messages.Rollback_done, new Object[] {flow, version, client.url()}));
                showVersions(deployed);
            };
        });
    }

    /**
     * Reads from the runtime how the calls of {@code period} went through the editor's flow and
     * draws it on the diagram.
     */
    public void showCalls(FlowEditor editor, CallsPeriod period) {
        String flow = editor.diagram().flow().id();
        say(Messages.bind(Messages.Overlay_reading, flow, period.label()));
        background(Messages.Overlay_job, () -> {
            RuntimeClient client = RuntimeClient.fromSettings();
            List<NodeCalls> nodes = client.nodeCalls(flow, period.from(), period.to());
            return () -> {
                long calls = nodes.stream().mapToLong(NodeCalls::calls).max().orElse(0);
                say(Messages.bind(Messages.Overlay_shown, new Object[] {flow, period.label(), calls, client.url()}));
                editor.showCalls(new CallsOverlay(nodes, period.label()));
            };
        });
    }

    private void rollBackSelected() {
        VersionRow row = selected();
        if (row != null) {
            rollBack(row.flow(), row.version().version());
        }
    }

    private VersionRow selected() {
        Object first = ((IStructuredSelection) versions.getSelection()).getFirstElement();
        return first instanceof VersionRow row ? row : null;
    }

    private void showVersions(List<DeployedFlow> deployed) {
        List<VersionRow> rows = new ArrayList<>();
        for (DeployedFlow flow : deployed) {
            List<DeployedFlow.Version> newestFirst = new ArrayList<>(flow.versions());
            java.util.Collections.reverse(newestFirst);
            for (DeployedFlow.Version version : newestFirst) {
                rows.add(new VersionRow(flow.id(), version, version.version() == flow.active()));
            }
        }
        versions.setInput(rows);
    }

    private void showProblems() {
        try {
            getSite().getPage().showView(ProblemsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            say(e.getMessage());
        }
    }

    /** Shows a sentence in the view's answer box. */
    public void say(String text) {
        if (!answer.isDisposed()) {
            answer.setText(text);
        }
    }

    /** Work against the runtime, off the UI thread; what it gives back runs on the UI thread. */
    private interface RuntimeWork {
        Runnable run() throws RuntimeCallFailed;
    }

    private void background(String name, RuntimeWork work) {
        Display display = answer.getDisplay();
        Job job = Job.create(name, monitor -> {
            Runnable then;
            try {
                then = work.run();
            } catch (RuntimeCallFailed e) {
                then = () -> say(e.getMessage());
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("{} failed", name, e);
                then = () -> say(Messages.bind(Messages.Runtime_failed, RuntimeSettings.url(), e.toString()));
            }
            Runnable show = then;
            display.asyncExec(() -> {
                if (!answer.isDisposed()) {
                    show.run();
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(false);
        job.schedule();
    }

    /** The answer shown, for tests. */
    public String answerText() {
        return answer.getText();
    }

    /** The versions table, for tests. */
    public TableViewer versionsViewer() {
        return versions;
    }

    /** The versions listed, for tests. */
    @SuppressWarnings("unchecked")
    public List<VersionRow> versionRows() {
        Object input = versions.getInput();
        return input == null ? List.of() : (List<VersionRow>) input;
    }

    @Override
    public void setFocus() {
        versions.getControl().setFocus();
    }
}
