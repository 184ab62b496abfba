package org.centralita.runtime.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.centralita.runtime.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code centralita bench process}: Centralita's {@code serve} and the hand-written Asterisk-Java
 * script, each in a JVM of its own, under the same simulated Asterisk calls from this JVM; the
 * whole process's CPU per call of each. Exit status 1 when any call did not end as expected or a
 * call record was not written.
 */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Whole-process CPU per call: centralita serve (H2 records, metrics, AMI) against a "
                + "hand-written Asterisk-Java script, each in its own JVM.")
public final class ProcessBenchCommand implements Callable<Integer> {

    @Option(names = "--calls", defaultValue = "200", description = "Calls to place (default ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--warmup", defaultValue = "1000", description = "Warm-up calls per server, at fifty times "
            + "real speed, before the measure (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-loads", defaultValue = "1", description = "Whole loads as measured (same calls, "
            + "real speed) run and discarded before the measure, after the warm-up calls (default ${DEFAULT-VALUE}).")
    int warmupLoads;

    @Option(names = "--settle", defaultValue = "10s", converter = LoadOptions.DurationConverter.class,
            description = "Pause after the warm-up, for the JIT's queue to drain (default ${DEFAULT-VALUE}).")
    Duration settle;

    @Option(names = "--hand-written-first", description = "Measure the hand-written script's process first "
            + "(in the first round).")
    boolean handWrittenFirst;

    @Option(names = "--rounds", defaultValue = "1", description = "Rounds of both servers' measured loads after "
            + "the warm-up, both processes up across them and the order alternating from round to round; with "
            + "more than one, a table of the rounds and their median CPU ratio (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--together", description = "Measure both servers' loads at the same time in every round "
            + "(each its own calls, on the same schedule), so that the machine's drift and other work fall on both "
            + "alike; the default measures one after the other.")
    boolean together;

    @Option(names = "--jvm-option", paramLabel = "OPTION", description = "An option for both server JVMs "
            + "(repeatable), e.g. --jvm-option=-XX:StartFlightRecording=filename=server.jfr")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the servers run (their configuration, "
            + "records, prompts and logs); default a new temporary directory, left for inspection.")
    Path directory;

    @CommandLine.Mixin
    LoadOptions load;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (calls < 1 || rounds < 1 || warmup < 0 || warmupLoads < 0 || settle.isNegative() || !load.valid()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--calls and --rounds must be positive; "
                    + "--warmup, --warmup-loads, --ramp, --duration and --settle not negative; --progress positive");
        }
        if (together && handWrittenFirst) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--hand-written-first has no meaning with "
                    + "--together: both servers' loads start at the same time");
        }
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            spec.commandLine().getErr().println("centralita bench process: needs Linux's /proc to read each "
                    + "process's CPU time");
            return Main.INVALID;
        }
        Path dir = directory != null ? Files.createDirectories(directory) : Files.createTempDirectory("centralita-bench-");
        PrintWriter out = spec.commandLine().getOut();
        String command = "centralita " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        out.printf("%s%nservers run in %s%n", command, dir.toAbsolutePath());
        out.flush();
        ProcessRounds results = new ProcessBench(new ProcessBench.Options(calls, load.ramp, load.hold, warmup,
                load.timeScale, load.progress, handWrittenFirst, List.copyOf(jvmOptions), dir.toAbsolutePath(), settle,
                warmupLoads, rounds, together), out).run(command);
        List<String> text = new ArrayList<>(results.last().lines());
        if (rounds > 1) {
            text.add("");
            text.add("rounds (the table above is the last one's):");
            text.addAll(results.lines());
        }
        out.println();
        text.forEach(out::println);
        out.flush();
        if (load.outFile != null) {
            Files.write(load.outFile, text);
        }
        return results.anyFailed() ? Main.INVALID : 0;
    }
}
