package org.centralita.runtime.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.centralita.runtime.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code centralita bench agi}: Centralita's FastAGI runtime and a hand-written Asterisk-Java
 * script under the same load of simulated Asterisk calls over loopback, side by side. Exit
 * status 1 when any call did not end with its expected queue hand-off.
 */
@Command(name = "agi", mixinStandardHelpOptions = true,
        description = "Load benchmark of the FastAGI runtime against a hand-written Asterisk-Java script.")
public final class AgiBenchCommand implements Callable<Integer> {

    @Option(names = "--calls", defaultValue = "2000", description = "Concurrent calls to hold (default ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--warmup", defaultValue = "1000", description = "Warm-up calls per implementation (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--hand-written-first", description = "Run the hand-written script's phase first "
            + "(by default Centralita's runs first), to see what the order changes.")
    boolean handWrittenFirst;

    @Option(names = "--rounds", defaultValue = "1", description = "Rounds of both phases, the order alternating "
            + "from round to round; with more than one, a table of the rounds and their median CPU ratio "
            + "(default ${DEFAULT-VALUE}).")
    int rounds;

    @CommandLine.Mixin
    LoadOptions load;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (calls < 1 || rounds < 1 || !load.valid()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--calls and --rounds must be positive; --ramp and --duration not negative; --progress not zero");
        }
        PrintWriter out = spec.commandLine().getOut();
        String command = "centralita " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        out.printf("%s%nmachine: %s%n", command, AgiLoadBench.machine());
        BenchRounds results = new AgiLoadBench(new AgiLoadBench.Options(calls, load.ramp, load.hold, warmup, load.timeScale, load.progress,
                handWrittenFirst, rounds), out).runRounds(command);
        List<String> text = text(results.last());
        if (rounds > 1) {
            text.add("");
            text.addAll(results.lines());
        }
        text.forEach(out::println);
        out.flush();
        if (load.outFile != null) {
            Files.write(load.outFile, text);
        }
        return results.anyFailed() ? Main.INVALID : 0;
    }

    private static List<String> text(BenchReport report) {
        List<String> text = new ArrayList<>();
        text.add("");
        text.add("command: " + report.command());
        text.add("machine: " + report.machine());
        text.add("");
        text.addAll(report.lines());
        for (PhaseResult phase : List.of(report.centralita(), report.handWritten())) {
            text.add("");
            text.add(phase.name() + ": " + phase.rounds() + " news rounds per call; hand-offs " + phase.handoffs());
            phase.failures().forEach(f -> text.add("  failed: " + f));
        }
        return text;
    }
}
