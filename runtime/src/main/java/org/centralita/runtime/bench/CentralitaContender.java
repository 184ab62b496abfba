package org.centralita.runtime.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.runtime.agi.AgiServer;
import org.centralita.runtime.agi.AgiSettings;
import org.centralita.runtime.agi.ChannelOptions;
import org.centralita.runtime.agi.QueueMode;

/** Centralita's FastAGI runtime ({@link AgiServer}, max-calls = the load) running the flow with the engine. */
final class CentralitaContender extends Contender {
    static final String NAME = "Centralita";
    /** The accept loop's thread, named by {@link AgiServer}. */
    private static final String ACCEPT_THREAD = "agi-accept";

    private final AgiServer server;

    CentralitaContender(ExecutableFlow flow, int calls) {
        super(NAME, calls, ACCEPT_THREAD);
        AgiSettings settings = new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), calls, QueueMode.DIALPLAN);
        this.server = new AgiServer(settings, new EngineCallHandler(flow, work()), ChannelOptions.defaults(QueueMode.DIALPLAN));
    }

    @Override
    InetSocketAddress start() throws IOException {
        server.start();
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port());
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(Duration.ofSeconds(5));
    }
}
