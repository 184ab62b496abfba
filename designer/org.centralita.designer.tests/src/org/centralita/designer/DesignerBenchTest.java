package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.layout.DiagramLayout;
import org.centralita.designer.model.DiagramProblems;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.designer.model.ProblemBoard;
import org.centralita.designer.model.Placement;
import org.centralita.designer.parts.DiagramPart;
import org.centralita.designer.parts.NodePart;
import org.centralita.flows.bench.GeneratedFlow;
import org.centralita.flows.validate.Problem;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.commands.Command;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The designer's benchmark, a timed run recorded (never asserted): a generated flow of 501 nodes
 * without layout opened in the flow editor (read, validated, laid out by ELK, every part and
 * figure made and painted), first in a fresh Studio (the first flow its JVM opens), then again
 * once closed, laid out again on demand (one command rewriting 501 layout lines),
 * then edits through the editor's commands, each followed by the validation and the refresh of
 * the diagram the editor makes, and the validation after each timed alone: first with the Outline
 * view ({@code -Dcentralita.bench.outline-edits=100}), then without it
 * ({@code -Dcentralita.bench.edits=100} in the build, 1000 for the run recorded in
 * docs/benchmarks.md). Groups of ten nodes: {@code -Dcentralita.bench.groups=50} (default). The
 * report is printed and written to
 * {@code target/designer-bench.txt}; what is asserted is that the work was done right.
 */
class DesignerBenchTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @AfterEach
    void closeEditors() {
        StudioUi.onUi(() -> StudioUi.page().closeAllEditors(false));
    }

    @Test
    void shouldOpenLayOutAndEditAGenerated500NodeFlowRecordingTheTimes() throws Exception {
        int groups = Integer.getInteger("centralita.bench.groups", 50);
        int edits = Integer.getInteger("centralita.bench.edits", 100);
        int outlineEdits = Integer.getInteger("centralita.bench.outline-edits", 100);
        Path directory = Files.createTempDirectory("centralita-bench");
        Path file = directory.resolve("big.flow.yaml");
        Files.writeString(file, GeneratedFlow.text("big", groups, false));
        StringBuilder report = new StringBuilder();
        StudioUi.onUi(() -> {
            // open: read, validate, ELK layout of the nodes without a place, parts, figures, first
            // paint; the first flow this Studio opens, as when an analyst starts Studio and opens
            // the flow (ELK's classes, the figures' and the validator's loaded and compiled meanwhile;
            // the runtime's check of Studio's directory, started with Studio, still running beside it)
            boolean checkRunning = !ProblemBoard.get().checked();
            Clock open = Clock.startByThread();
            FlowEditor first = opened(file);
            open.stop();
            boolean checkStillRunning = !ProblemBoard.get().checked();
            assertThat(first.diagram().flow().nodes()).hasSize(groups * 10 + 1);
            assertNoOverlaps(first);
            closeAll();

            // the same open again, its code compiled by now: a second open in a session
            Clock reopen = Clock.startByThread();
            FlowEditor editor = opened(file);
            reopen.stop();
            FlowDiagram diagram = editor.diagram();
            int nodes = diagram.flow().nodes().size();
            assertThat(nodes).isEqualTo(groups * 10 + 1);
            for (String id : diagram.flow().nodes().keySet()) {
                assertThat(editor.partOf(id)).as(id).isNotNull();
            }
            assertThat(((DiagramPart) editor.viewer().getContents()).problems()).noneMatch(Problem::isError);
            assertNoOverlaps(editor);

            // the layout alone (ELK layered over the whole flow)
            Clock elk = Clock.start();
            Map<String, Placement> places = DiagramLayout.of(diagram);
            elk.stop();
            assertThat(places).hasSize(nodes);

            // lay out on demand: ELK, one command writing every layout line, the diagram refreshed and painted
            Clock layout = Clock.start();
            editor.commandStack().execute(editor.commands().layout());
            StudioUi.drain();
            layout.stop();
            for (String id : diagram.flow().nodes().keySet()) {
                assertThat(diagram.writtenPlace(id)).as(id).isPresent();
            }
            assertNoOverlaps(editor);

            report.append(String.format(Locale.ROOT, "designer benchmark: %d nodes, %d edits with the Outline view, %d without (%s, %d cores, load %.1f)%n",
                    nodes, outlineEdits, edits, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            report.append(String.format(Locale.ROOT, "open in the editor, the first flow of this JVM (read, validate, ELK, parts, paint): %s%n", open));
            report.append(String.format(Locale.ROOT, "  the runtime's check of Studio's directory (a child JVM, niced) running at the open's start: %s, at its end: %s; JVM options: %s%n",
                    checkRunning ? "yes" : "no", checkStillRunning ? "yes" : "no",
                    jvmOptions()));
            if (Files.isDirectory(Path.of("/proc/self/task"))) {
                assertThat(open.byThread()).contains("UI thread", "JIT", "threads ended meanwhile");
            }
            report.append(String.format(Locale.ROOT, "  process CPU by thread: %s%n", open.byThread()));
            report.append(String.format(Locale.ROOT, "open again in the same session: %s%n", reopen));
            report.append(String.format(Locale.ROOT, "  process CPU by thread: %s%n", reopen.byThread()));
            report.append(String.format(Locale.ROOT, "ELK layered alone over the flow: %s%n", elk));
            report.append(String.format(Locale.ROOT, "lay out on demand (ELK, command, refresh, paint): %s%n", layout));

            // edits through the editor's commands, each validated and shown: with the Outline view's
            // thumbnail (Studio's perspective shows it), then without it
            Random random = new Random(11);
            StudioUi.page().showView(IPageLayout.ID_OUTLINE);
            StudioUi.page().activate(editor);
            StudioUi.drain();
            report.append(editLoop(editor, groups, outlineEdits, random, "with the Outline view's thumbnail"));
            StudioUi.page().hideView(StudioUi.page().findView(IPageLayout.ID_OUTLINE));
            StudioUi.page().activate(editor);
            StudioUi.drain();
            report.append(editLoop(editor, groups, edits, random, "without the Outline view"));
            StudioUi.page().showView(IPageLayout.ID_OUTLINE);
            assertThat(((DiagramPart) editor.viewer().getContents()).problems()).noneMatch(Problem::isError);
            assertThat(diagram.flow().nodes()).hasSize(nodes);
        });
        System.out.print(report);
        Path out = Path.of(System.getProperty("centralita.screenshots", "target/screenshots")).resolveSibling("designer-bench.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Moves, a field set and a rename through the editor's commands, each followed by what the UI does. */
    private static String editLoop(FlowEditor editor, int groups, int edits, Random random, String label) {
        FlowDiagram diagram = editor.diagram();
        long[] wall = new long[edits];
        long[] cpu = new long[edits];
        long[] executeCpu = new long[edits];
        long[] validationCpu = new long[edits];
        for (int i = 0; i < edits; i++) {
            String kind = GeneratedFlow.KINDS.get(random.nextInt(GeneratedFlow.KINDS.size()));
            int group = random.nextInt(groups);
            Command edit = switch (i % 4) {
                case 0, 1 -> editor.commands().move(kind.equals("hello") ? helloOf(diagram, group) : kind + "-" + group,
                        40 + random.nextInt(8000), 40 + random.nextInt(2000));
                case 2 -> editor.commands().setField("queue-" + group, List.of("priority"), 1 + random.nextInt(9));
                default -> editor.commands().rename(helloOf(diagram, group), "hello-" + group + "-r" + random.nextInt(1_000_000));
            };
            assertThat(edit.canExecute()).as(edit.getLabel()).isTrue();
            Clock one = Clock.start();
            Clock execute = Clock.start();
            editor.commandStack().execute(edit);
            execute.stop();
            StudioUi.drain();
            one.stop();
            wall[i] = one.wallNanos;
            cpu[i] = one.cpuNanos;
            executeCpu[i] = execute.cpuNanos;
            // the validation the command made (the flow with its directory), timed alone: made again
            // outside the edit's time, it must give the very messages the editor shows
            Clock validation = Clock.start();
            List<Problem> problems = DiagramProblems.of(diagram);
            validation.stop();
            validationCpu[i] = validation.cpuNanos;
            assertThat(problems).as(edit.getLabel()).isEqualTo(diagram.problems()).noneMatch(Problem::isError);
        }
        return String.format(Locale.ROOT, "edit in the editor %s (command, validation, refresh, paint)%n"
                + "  wall mean/p50/p95: %s%n  CPU time of the UI thread mean/p50/p95: %s%n"
                + "  of which the command (edit, re-read, validation, parts refreshed), CPU: %s%n"
                + "  the validation after the edit (flow and directory), CPU mean/p50/p95: %s, max %.1f ms%n",
                label, stats(wall), stats(cpu), stats(executeCpu), stats(validationCpu),
                Arrays.stream(validationCpu).max().orElse(0) / 1e6);
    }

    /** The JVM's -X options of this run, or that there are none. */
    private static String jvmOptions() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X")).toList();
        return options.isEmpty() ? "none (the JVM's defaults)" : String.join(" ", options);
    }

    /** A flow file opened in the editor, the UI queue emptied (parts made, first paint done). */
    private static FlowEditor opened(Path file) throws Exception {
        FlowEditor editor = (FlowEditor) EditorOpener.open(StudioUi.page(), file);
        StudioUi.drain();
        return editor;
    }

    private static void closeAll() {
        StudioUi.page().closeAllEditors(false);
        StudioUi.drain();
    }

    /** The id the hello node of a group has now (renames give it a suffix). */
    private static String helloOf(FlowDiagram diagram, int group) {
        return diagram.flow().nodes().keySet().stream()
                .filter(n -> n.equals("hello-" + group) || n.startsWith("hello-" + group + "-r")).findFirst().orElseThrow();
    }

    private static void assertNoOverlaps(FlowEditor editor) {
        List<Rectangle> boxes = new ArrayList<>();
        for (String id : editor.diagram().flow().nodes().keySet()) {
            NodePart part = (NodePart) editor.partOf(id);
            boxes.add(part.getFigure().getBounds().getCopy());
        }
        boxes.sort((a, b) -> Integer.compare(a.x, b.x));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size() && boxes.get(j).x < boxes.get(i).right(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as(boxes.get(i) + " and " + boxes.get(j)).isFalse();
            }
        }
    }

    private static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms", mean, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6);
    }

    /**
     * Wall-clock and UI-thread CPU time of one piece of work, and the CPU time of the whole process
     * meanwhile (with the layout thread, the JIT and the garbage collector).
     */
    private static final class Clock {
        private final Map<String, Long> threadsStart;
        private final Map<Long, Long> childrenStart;
        private final long wallStart;
        private final long cpuStart;
        private final long processStart;
        private long wallNanos;
        private long cpuNanos;
        private long processNanos;
        private Map<String, Long> threads = Map.of();
        private long childrenMs;

        private Clock(boolean byThread) {
            // the threads are read first, so that reading them is not counted
            threadsStart = byThread ? ThreadsCpu.now() : Map.of();
            childrenStart = byThread ? ThreadsCpu.children() : Map.of();
            wallStart = System.nanoTime();
            cpuStart = THREADS.getCurrentThreadCpuTime();
            processStart = processCpu();
        }

        static Clock start() {
            return new Clock(false);
        }

        /** A clock that also tells the process's CPU by kind of thread ({@link #byThread}). */
        static Clock startByThread() {
            return new Clock(true);
        }

        void stop() {
            wallNanos = System.nanoTime() - wallStart;
            cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
            processNanos = processCpu() - processStart;
            if (!threadsStart.isEmpty()) {
                threads = ThreadsCpu.since(threadsStart, processNanos / 1_000_000);
                childrenMs = ThreadsCpu.childrenSince(childrenStart);
            }
        }

        /** The process's CPU by kind of thread, as {@link ThreadsCpu} reads it ("" where it cannot). */
        String byThread() {
            StringBuilder text = new StringBuilder();
            threads.forEach((kind, ms) -> text.append(text.length() == 0 ? "" : ", ").append(kind).append(' ').append(ms).append(" ms"));
            if (!threads.isEmpty()) {
                text.append("; beside the process, its child processes (the runtime's check) ").append(childrenMs).append(" ms");
            }
            return text.toString();
        }

        private static long processCpu() {
            return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d ms wall, %d ms CPU of the UI thread, %d ms CPU of the process", wallNanos / 1_000_000,
                    cpuNanos / 1_000_000, processNanos / 1_000_000);
        }
    }

    /**
     * The CPU time of the process's threads by kind, from Linux's {@code /proc/self/task/TID/stat}
     * (user and system time in clock ticks of 10 ms): the UI thread, the JIT's compiler threads,
     * the garbage collector's and the VM's threads, the others alive at both ends, and the threads
     * that ended in between (the layout thread: its counters go with it), which is the rest of the
     * process's CPU time. Empty where there is no {@code /proc}.
     */
    private static final class ThreadsCpu {

        static Map<String, Long> now() {
            Map<String, Long> ticks = new java.util.HashMap<>();
            Path tasks = Path.of("/proc/self/task");
            if (!Files.isDirectory(tasks)) {
                return ticks;
            }
            try (var list = Files.list(tasks)) {
                for (Path task : list.toList()) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        ticks.put(task.getFileName() + " " + name, ticksOf(stat));
                    } catch (java.io.IOException | RuntimeException ended) {
                        // the thread ended while the list was read
                    }
                }
            } catch (java.io.IOException e) {
                return Map.of();
            }
            return ticks;
        }

        /** User and system CPU of a {@code /proc/.../stat} line, in clock ticks (10 ms). */
        private static long ticksOf(String stat) {
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }

        /**
         * The CPU ticks of this process's child processes now, by pid: the runtime's check of
         * Studio's directory ({@code centralita validate}, a JVM of its own) runs beside an open
         * and takes its CPU from the same cores, though not from Studio's threads.
         */
        static Map<Long, Long> children() {
            Map<Long, Long> ticks = new java.util.HashMap<>();
            ProcessHandle.current().descendants().forEach(child -> {
                try {
                    ticks.put(child.pid(), ticksOf(Files.readString(Path.of("/proc", Long.toString(child.pid()), "stat"))));
                } catch (java.io.IOException | RuntimeException ended) {
                    // the child ended meanwhile: what it used is no longer readable here
                }
            });
            return ticks;
        }

        /** The ms of CPU the child processes alive at the end used since {@code start}. */
        static long childrenSince(Map<Long, Long> start) {
            return children().entrySet().stream().mapToLong(e -> (e.getValue() - start.getOrDefault(e.getKey(), 0L)) * 10).sum();
        }

        static Map<String, Long> since(Map<String, Long> start, long processMs) {
            Map<String, Long> end = now();
            Map<String, Long> byKind = new java.util.LinkedHashMap<>();
            if (start.isEmpty() || end.isEmpty()) {
                return byKind;
            }
            for (String kind : List.of("UI thread", "JIT", "GC and VM", "other threads")) {
                byKind.put(kind, 0L);
            }
            long live = 0;
            for (Map.Entry<String, Long> thread : end.entrySet()) {
                long ms = (thread.getValue() - start.getOrDefault(thread.getKey(), 0L)) * 10;
                live += ms;
                byKind.merge(kindOf(thread.getKey().substring(thread.getKey().indexOf(' ') + 1)), ms, Long::sum);
            }
            byKind.put("threads ended meanwhile (the layout thread)", Math.max(0, processMs - live));
            return byKind;
        }

        private static String kindOf(String name) {
            if (name.equals("studio-ui")) {
                return "UI thread";
            }
            if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                return "JIT";
            }
            if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
                return "GC and VM";
            }
            return "other threads";
        }
    }
}
