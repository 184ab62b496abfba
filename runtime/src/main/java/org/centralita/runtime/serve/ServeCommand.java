package org.centralita.runtime.serve;

import ch.qos.logback.classic.Level;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.centralita.runtime.config.ConfigException;
import org.centralita.runtime.config.ConfigReader;
import org.centralita.runtime.config.RuntimeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code centralita serve [--config FILE]}: runs the runtime until SIGTERM or SIGINT, then shuts
 * it down gracefully (stop taking calls, drain live calls, flush records, stop HTTP).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the runtime: FastAGI server, admin and metrics HTTP, records store.")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--config", paramLabel = "FILE",
            description = "the runtime configuration (centralita.yaml); without it every default applies")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        serveLogging();
        CentralitaServer server;
        try {
            RuntimeConfig runtimeConfig = config == null ? RuntimeConfig.defaults() : ConfigReader.read(config);
            server = CentralitaServer.start(runtimeConfig, Clock.systemUTC(), System::getenv);
        } catch (ConfigException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            stopped.countDown();
        }, "centralita-shutdown"));
        LOG.info("centralita serving; stop with SIGTERM or Ctrl-C");
        stopped.await();
        return 0;
    }

    /** A server logs what it does (INFO) unless CENTRALITA_LOG_LEVEL says otherwise. */
    private static void serveLogging() {
        if (System.getenv("CENTRALITA_LOG_LEVEL") == null && System.getProperty("CENTRALITA_LOG_LEVEL") == null
                && LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.INFO);
            for (String chatty : new String[] {"org.eclipse.jetty", "io.javalin"}) {
                ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(chatty)).setLevel(Level.WARN);
            }
        }
    }
}
