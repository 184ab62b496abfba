package org.centralita.runtime.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.centralita.flows.validate.PrintableText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code centralita} command line. Exit status: 0 success, 1 invalid input (a flow that does
 * not validate, a file that cannot be read), 2 wrong usage. Never a stack trace: every failure is
 * one line on standard error. Each subcommand is one line in {@code subcommands}.
 */
@Command(name = "centralita", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Centralita: IVR flows for contact centers.",
        subcommands = {
                ValidateCommand.class,
                SimulateCommand.class,
                TestCommand.class,
                org.centralita.runtime.serve.ServeCommand.class,
                org.centralita.runtime.publish.PublishCommand.class,
                org.centralita.runtime.bench.BenchCommand.class,
                org.centralita.runtime.reports.ReportCommand.class,
                org.centralita.runtime.speech.SayCommand.class,
                org.centralita.runtime.speech.RecognizeCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Callable<Integer> {

    /** Exit status: the input was invalid. */
    public static final int INVALID = 1;
    /** Exit status: wrong usage. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Where commands read their caller from (interactive and {@code --control} simulate). */
    private final BufferedReader in;

    private Main(BufferedReader in) {
        this.in = in;
    }

    public static void main(String[] args) {
        QuietJavaLogging.install();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with these streams, standard input for the caller; returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out, err, args);
    }

    /** Runs the command line with these streams; returns the exit status. */
    public static int run(BufferedReader in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main(in));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("centralita: " + oneLine(e));
            return INVALID;
        });
        commandLine.setParameterExceptionHandler(Main::wrongUsage);
        return commandLine.execute(args);
    }

    /**
     * Wrong usage is one line on standard error, naming the command and where its options are
     * described, not the whole usage text: errors go one per line (CONTRACTS.md).
     */
    private static int wrongUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        String command = line.getCommandSpec().qualifiedName();
        StringBuilder message = new StringBuilder(command).append(": ").append(oneLine(e));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message.append(" (did you mean ").append(String.join(" or ", unmatched.getSuggestions())).append("?)");
        }
        message.append("; see '").append(command).append(" --help'");
        line.getErr().println(message);
        return USAGE;
    }

    /** What the caller types or the program driving a call sends. */
    BufferedReader input() {
        return in;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return PrintableText.of(message.replaceAll("\\s*\\R\\s*", " "));
    }

    /** The version from the jar's manifest (or "development" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"centralita " + (version == null ? "development" : version)};
        }
    }
}
