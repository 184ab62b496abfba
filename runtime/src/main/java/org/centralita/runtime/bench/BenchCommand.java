package org.centralita.runtime.bench;

import java.util.concurrent.Callable;

import org.centralita.runtime.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code centralita bench ...}: the runtime's own benchmarks. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks of the runtime.",
        subcommands = {AgiBenchCommand.class, ProcessBenchCommand.class, HandWrittenServerCommand.class,
                CommandLine.HelpCommand.class})
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }
}
