package org.centralita.flows.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.centralita.flows.edit.ConnectOutcome;
import org.centralita.flows.edit.FlowDocument;
import org.centralita.flows.edit.FlowEdit;
import org.centralita.flows.edit.MoveNode;
import org.centralita.flows.edit.Outcome;
import org.centralita.flows.edit.RenameNode;
import org.centralita.flows.edit.SetField;
import org.centralita.flows.edit.AddMenuOption;
import org.centralita.flows.edit.RemoveMenuOption;
import org.centralita.flows.edit.EditHistory;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.ValidationReport;
import org.centralita.flows.validate.Validator;
import org.centralita.flows.yaml.FlowReadException;
import org.centralita.flows.yaml.YamlNode;

/**
 * The designer's editing loop without the UI, on a generated flow: open it (read, model,
 * validation), then apply edits one after the other, validating after each as the designer does,
 * and report how long each part took. A command-line program (see docs/benchmarks.md); no timing
 * is asserted anywhere, {@code EditingBenchTest} only runs it small.
 */
public final class EditingBench {

    /** What one run measured, in milliseconds. */
    record Result(int nodes, double openMs, double firstValidationMs, int edits, double[] editMs,
                  double[] validationMs, double[] editCpuMs, double[] validationCpuMs, int problemsAtEnd, int undone) {

        String report() {
            return String.format(Locale.ROOT, """
                    flow: %d nodes; open (read + model) %.1f ms, first validation %.1f ms (wall clock)
                    %d edits, each then validated (ms; wall clock, then CPU time of the editing thread):
                      edit (plan, text change, re-read)  wall %s
                                                         cpu  %s
                      validation after the edit          wall %s
                                                         cpu  %s
                    errors after the last edit: %d; %d edits undone, text back to the original: yes
                    """, nodes, openMs, firstValidationMs, edits, line(editMs), line(editCpuMs),
                    line(validationMs), line(validationCpuMs), problemsAtEnd, undone);
        }

        private static String line(double[] ms) {
            return String.format(Locale.ROOT, "mean %6.2f  p50 %6.2f  p95 %6.2f  max %6.2f",
                    mean(ms), percentile(ms, 50), percentile(ms, 95), max(ms));
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EditingBench() {
    }

    /** Arguments: {@code [GROUPS_OF_TEN_NODES] [EDITS] [OUT_DIR]}; defaults 50 (501 nodes), 1000, target. */
    public static void main(String[] args) throws Exception {
        int groups = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path out = Path.of(args.length > 2 ? args[2] : "target");
        run(groups, Math.min(edits, 300), out.resolve("bench-flows"), 1);
        Result result = run(groups, edits, out.resolve("bench-flows"), 1);
        String report = result.report();
        Files.writeString(out.resolve("editing-bench.txt"), report);
        System.out.print(report);
    }

    /** Runs the bench {@code rounds} times and gives the last round; {@code main} warms the JIT with a shorter run first. */
    static Result run(int groups, int edits, Path dir, int rounds) throws IOException, FlowReadException {
        Result result = null;
        for (int i = 0; i < rounds; i++) {
            result = once(groups, edits, dir);
        }
        return result;
    }

    private static Result once(int groups, int edits, Path dir) throws IOException, FlowReadException {
        Files.createDirectories(dir);
        Path file = dir.resolve("big.flow.yaml");
        Files.writeString(file, GeneratedFlow.text("big", groups));
        long start = System.nanoTime();
        FlowDocument document = FlowDocument.open(file);
        double openMs = millisSince(start);
        String original = document.text();
        Validator validator = new Validator();
        start = System.nanoTime();
        ValidationReport first = validator.validate(FlowSet.of(List.of(document.flow())));
        double firstValidationMs = millisSince(start);
        if (first.hasErrors()) {
            throw new IllegalStateException("the generated flow is not valid: " + first.lines());
        }
        double[] editMs = new double[edits];
        double[] validationMs = new double[edits];
        double[] editCpuMs = new double[edits];
        double[] validationCpuMs = new double[edits];
        EditHistory history = new EditHistory();
        Random random = new Random(42);
        ValidationReport last = first;
        for (int i = 0; i < edits; i++) {
            FlowEdit edit = edit(document, i, groups, random);
            long cpu = THREADS.getCurrentThreadCpuTime();
            start = System.nanoTime();
            history.apply(edit);
            editMs[i] = millisSince(start);
            editCpuMs[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            cpu = THREADS.getCurrentThreadCpuTime();
            start = System.nanoTime();
            last = validator.validate(FlowSet.of(List.of(document.flow())));
            validationMs[i] = millisSince(start);
            validationCpuMs[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        int undone = 0;
        while (history.undo()) {
            undone++;
        }
        if (!document.text().equals(original)) {
            throw new IllegalStateException("undoing every edit did not give the original text back");
        }
        return new Result(document.flow().nodes().size(), openMs, firstValidationMs, edits, editMs, validationMs,
                editCpuMs, validationCpuMs,
                (int) last.lines().stream().filter(l -> l.contains(": error: ")).count(), undone);
    }

    /** The i-th edit: moves, field changes, reconnections, menu options and renames, as an analyst makes them. */
    private static FlowEdit edit(FlowDocument document, int i, int groups, Random random) {
        int g = random.nextInt(groups);
        String n = "-" + g;
        return switch (i % 8) {
            case 0, 1, 2 -> new MoveNode(document, id(document, GeneratedFlow.KINDS.get(random.nextInt(10)), n),
                    random.nextInt(4000), random.nextInt(1200));
            case 3 -> new SetField(document, "sum" + n, List.of("prompt"), "Account ${account}, call " + i + ".");
            case 4 -> new ConnectOutcome(document, "route" + n, Outcome.branch(random.nextInt(2)),
                    random.nextBoolean() ? id(document, "hello", n) : "both" + n);
            case 5 -> menuOption(document, "menu" + n, g);
            case 6 -> new SetField(document, "queue" + n, List.of("priority"), random.nextInt(10));
            default -> renameBackAndForth(document, n);
        };
    }

    /** The id a generated node has now: the renamed greeting when "hello" was renamed. */
    private static String id(FlowDocument document, String kind, String n) {
        return document.flow().node(kind + n).isPresent() || !kind.equals("hello") ? kind + n : "greeting" + n;
    }

    private static FlowEdit menuOption(FlowDocument document, String menu, int g) {
        boolean has = document.flow().node(menu).flatMap(m -> m.field("options"))
                .filter(YamlNode.Mapping.class::isInstance).map(o -> ((YamlNode.Mapping) o).has("9")).orElse(false);
        return has ? new RemoveMenuOption(document, menu, "9")
                : new AddMenuOption(document, menu, "9", List.of("main menu " + g), menu);
    }

    private static FlowEdit renameBackAndForth(FlowDocument document, String n) {
        return document.flow().node("hello" + n).isPresent()
                ? new RenameNode(document, "hello" + n, "greeting" + n)
                : new RenameNode(document, "greeting" + n, "hello" + n);
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
