package org.centralita.designer.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.centralita.designer.Messages;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.validate.Validator;

/**
 * Every validation message of the flows directory, file by file: the directory as saved (checked
 * by the runtime in a child process, rule files and calendars included), with the live messages
 * of each open editor in place of its file's, and the problems the runtime gave for the last
 * publish it refused. The problems view shows it.
 */
public final class ProblemBoard {

    private static final ProblemBoard INSTANCE = new ProblemBoard();

    private final Map<String, List<Problem>> saved = new LinkedHashMap<>();
    private final Map<String, List<Problem>> live = new LinkedHashMap<>();
    private final List<Consumer<ProblemBoard>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong runs = new AtomicLong();
    private volatile List<Problem> fromRuntime = List.of();
    private volatile Path directory;
    private volatile String status = "";
    private volatile boolean checked;
    /** Signalled when {@link #checked} turns true, for {@link #awaitChecked}. */
    private final Object checkedSignal = new Object();
    private final Object queue = new Object();
    private Path pending;
    private long pendingRun;
    private boolean checking;

    private ProblemBoard() {
    }

    public static ProblemBoard get() {
        return INSTANCE;
    }

    /**
     * Validates every flow of {@code directory} as saved: at once with the flows module (the
     * flows), then with the runtime in the background (flows, calendars, rule files compiled by
     * Drools), whose messages replace the first ones when it answers.
     */
    public void validateDirectory(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        long run = runs.incrementAndGet();
        checked = false;
        List<Problem> flows = new Validator().validate(FlowSet.load(List.of(this.directory))).problems();
        replaceSaved(flows);
        status = Messages.Problems_checking;
        changed();
        synchronized (queue) {
            pending = this.directory;
            pendingRun = run;
            if (!checking) {
                checking = true;
                Thread check = new Thread(this::checkWithTheRuntime, "centralita-validate");
                check.setDaemon(true);
                check.start();
            }
        }
    }

    /**
     * Runs the runtime's validation of the latest directory asked for, one child process at a
     * time: requests made meanwhile (saves in a row) are answered by one more run, not one each.
     */
    private void checkWithTheRuntime() {
        while (true) {
            Path asked;
            long run;
            synchronized (queue) {
                if (pending == null) {
                    checking = false;
                    return;
                }
                asked = pending;
                run = pendingRun;
                pending = null;
            }
            RuntimeValidation.Result result;
            try {
                result = RuntimeValidation.validate(asked);
            } catch (RuntimeException e) {
                result = new RuntimeValidation.Result(List.of(), Messages.bind(Messages.Problems_runtimeFailed, "centralita", e));
            }
            if (runs.get() != run) {
                continue;
            }
            if (result.ran()) {
                replaceSaved(result.problems());
            }
            status = result.ran() ? "" : result.unavailable();
            synchronized (checkedSignal) {
                checked = true;
                checkedSignal.notifyAll();
            }
            changed();
        }
    }

    /** Validates the directory last validated again (after a save). */
    public void revalidate() {
        if (directory != null) {
            validateDirectory(directory);
        }
    }

    private void replaceSaved(List<Problem> problems) {
        synchronized (saved) {
            saved.clear();
            problems.forEach(p -> saved.computeIfAbsent(key(p.position().file()), f -> new ArrayList<>()).add(p));
        }
    }

    /** Replaces the messages of one file (an editor's flow as it is now) until {@link #release}. */
    public void put(String file, List<Problem> problems) {
        synchronized (saved) {
            live.put(key(file), List.copyOf(problems));
        }
        changed();
    }

    /** Gives a file back to the directory's messages (its editor closed). */
    public void release(String file) {
        synchronized (saved) {
            live.remove(key(file));
        }
        changed();
    }

    /**
     * Replaces the problems the runtime gave for a refused publish (none: the last publish went
     * through); they stay until the next publish, whatever is validated meanwhile.
     */
    public void putRuntime(List<Problem> problems) {
        fromRuntime = List.copyOf(problems);
        changed();
    }

    /** The problems of the last publish the runtime refused. */
    public List<Problem> runtime() {
        return fromRuntime;
    }

    /** The errors of the flows directory as validated (the refused publish's not included). */
    public List<Problem> errors() {
        return directoryProblems().stream().filter(Problem::isError).toList();
    }

    /**
     * Every message: the refused publish's, then the directory's as saved, an open editor's in
     * place of its file's.
     */
    public List<Problem> all() {
        List<Problem> all = new ArrayList<>(fromRuntime);
        all.addAll(directoryProblems());
        return all;
    }

    private List<Problem> directoryProblems() {
        synchronized (saved) {
            List<Problem> all = new ArrayList<>();
            saved.forEach((file, problems) -> {
                if (!live.containsKey(file)) {
                    all.addAll(problems);
                }
            });
            live.values().forEach(all::addAll);
            return all;
        }
    }

    /** The messages about one file. */
    public List<Problem> of(Path file) {
        String key = key(file.toString());
        return all().stream().filter(p -> key(p.position().file()).equals(key)).toList();
    }

    /**
     * What the view says above the messages: that the runtime is checking, or why rule files and
     * calendars could not be checked; empty when the runtime's messages are shown.
     */
    public String status() {
        return status;
    }

    /** Whether the runtime answered (or could not be asked) since the last validation began. */
    public boolean checked() {
        return checked;
    }

    /** Waits at most {@code limit} for {@link #checked()}; false when the time ran out. */
    public boolean awaitChecked(java.time.Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (checkedSignal) {
            while (!checked) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(checkedSignal, left);
            }
            return true;
        }
    }

    public void addListener(Consumer<ProblemBoard> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ProblemBoard> listener) {
        listeners.remove(listener);
    }

    private static String key(String file) {
        return Path.of(file).toAbsolutePath().normalize().toString();
    }

    private void changed() {
        listeners.forEach(l -> l.accept(this));
    }
}
