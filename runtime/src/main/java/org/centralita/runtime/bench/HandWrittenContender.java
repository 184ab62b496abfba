package org.centralita.runtime.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.SimpleMappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hand-written {@link HandWrittenDialogue} on Asterisk-Java's own {@code DefaultAgiServer}
 * with a simple mapping. Its pool (core 10, at most 500 threads, no queue) cannot hold the
 * load, so the maximum is raised to the load plus 10; nothing else is changed.
 */
final class HandWrittenContender extends Contender {
    static final String NAME = "hand-written Asterisk-Java";
    private static final Logger LOG = LoggerFactory.getLogger(HandWrittenContender.class);
    private static final String ACCEPT_THREAD = "aj-accept";
    private static final int POOL_HEADROOM = 10;

    private final ListeningServer server;
    private final int port;

    HandWrittenContender(int calls) throws IOException {
        this(calls, freePort(), HandWrittenDialogue.Prompts.hashed(), true);
    }

    /**
     * @param port where to listen on loopback
     * @param counted whether the script counts its calls and their threads (the in-process benchmark);
     *                a server in its own process only serves
     */
    HandWrittenContender(int calls, int port, HandWrittenDialogue.Prompts prompts, boolean counted) {
        super(NAME, calls, ACCEPT_THREAD);
        SimpleMappingStrategy mapping = new SimpleMappingStrategy();
        mapping.setMappings(Map.<String, AgiScript>of(BenchDialogue.FLOW_ID,
                new HandWrittenDialogue(counted ? work() : null, prompts)));
        this.server = new ListeningServer(mapping);
        this.port = port;
        server.setAddress(InetAddress.getLoopbackAddress());
        server.setPort(port);
        server.setMaximumPoolSize(calls + POOL_HEADROOM);
    }

    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    @Override
    InetSocketAddress start() throws IOException {
        Thread acceptor = new Thread(() -> {
            try {
                server.startup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ACCEPT_THREAD);
        acceptor.setDaemon(true);
        acceptor.start();
        try {
            if (!server.listening.await(10, TimeUnit.SECONDS)) {
                throw new IOException("DefaultAgiServer did not start listening on port " + port);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while DefaultAgiServer started", e);
        }
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (IllegalStateException e) {
            LOG.debug("DefaultAgiServer was not running", e);
        }
    }

    /** DefaultAgiServer telling when its socket is bound, so calls start only once it listens. */
    private static final class ListeningServer extends DefaultAgiServer {
        private final CountDownLatch listening = new CountDownLatch(1);

        ListeningServer(SimpleMappingStrategy mapping) {
            super(mapping);
        }

        @Override
        protected ServerSocketFacade createServerSocket() throws IOException {
            ServerSocketFacade socket = super.createServerSocket();
            listening.countDown();
            return socket;
        }
    }
}
