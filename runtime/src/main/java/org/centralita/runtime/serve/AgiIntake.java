package org.centralita.runtime.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.centralita.runtime.agi.AgiServer;
import org.centralita.runtime.agi.AgiSettings;

/** The FastAGI server as the runtime's call intake: started after the flows, stopped before the drain. */
final class AgiIntake implements CallIntake {

    /** How long AGI sessions get to write their last variables once the live calls have drained. */
    private static final Duration SESSION_END = Duration.ofSeconds(5);

    private final AgiServer server;
    private final AgiSettings settings;

    AgiIntake(AgiServer server, AgiSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    @Override
    public String start() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for FastAGI on " + settings.bind() + ":" + settings.port(), e);
        }
        return "FastAGI at agi://" + settings.bind() + ":" + server.port() + "/FLOW-ID, queues run by the "
                + settings.queueMode().name().toLowerCase(java.util.Locale.ROOT);
    }

    int port() {
        return server.port();
    }

    @Override
    public void stopAccepting() {
        server.stopAccepting();
    }

    @Override
    public void close() {
        try {
            server.stop(SESSION_END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
