package org.centralita.runtime.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code centralita bench hand-written-server}: the benchmark's hand-written Asterisk-Java script
 * on {@code DefaultAgiServer}, alone in its JVM until SIGTERM, as a telephony engineer would run
 * it. {@code bench process} starts it in a process of its own; it prints one line when it listens.
 */
@Command(name = "hand-written-server", hidden = true, mixinStandardHelpOptions = true,
        description = "Serve the benchmark dialogue with the hand-written Asterisk-Java script (for bench process).")
public final class HandWrittenServerCommand implements Callable<Integer> {
    /** The line printed once the server listens. */
    static final String LISTENING = "hand-written server listening on port ";

    @Option(names = "--port", required = true, description = "Loopback port to listen on.")
    int port;

    @Option(names = "--max-calls", defaultValue = "2000", description = "Calls it must hold at once (default ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--prompts", required = true, split = ",", paramLabel = "FILE",
            description = "The sound files of the welcome, menu, news and account prompts, as STREAM FILE names them.")
    List<String> prompts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (prompts.size() != 4 || calls < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--prompts needs the four sound files (welcome, menu, news, account); --max-calls must be positive");
        }
        HandWrittenContender server = new HandWrittenContender(calls, port,
                new HandWrittenDialogue.Prompts(prompts.get(0), prompts.get(1), prompts.get(2), prompts.get(3)), false);
        server.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "hand-written-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(LISTENING + port);
        out.flush();
        stopped.await();
        return 0;
    }
}
