package org.centralita.runtime.ami.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated Asterisk manager interface (AMI) on a real TCP port of the loopback address:
 * speaks the manager protocol as Asterisk 22 does (see {@link AmiSession}) over app_queue queues
 * a test sets up ({@link #queue(String)}), and can drop every connection to test reconnection.
 */
public final class SimulatedAmi implements AutoCloseable {

    private final ServerSocket server;
    private final String username;
    private final String secret;
    private final Clock clock;
    private final Map<String, SimulatedQueue> queues = new ConcurrentHashMap<>();
    private final Set<AmiSession> sessions = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> actions = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "simulated-ami");
        thread.setDaemon(true);
        return thread;
    });

    private SimulatedAmi(ServerSocket server, String username, String secret, Clock clock) {
        this.server = server;
        this.username = username;
        this.secret = secret;
        this.clock = clock;
        threads.execute(this::accept);
    }

    /** Starts listening on a free port of 127.0.0.1, accepting {@code username} and {@code secret}. */
    public static SimulatedAmi start(String username, String secret) throws IOException {
        return start(0, username, secret);
    }

    /** Starts listening on {@code port} of 127.0.0.1 (0: a free one); the port may be one just closed. */
    public static SimulatedAmi start(int port, String username, String secret) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new SimulatedAmi(socket, username, secret, Clock.systemUTC());
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The queue {@code name}, made empty the first time it is asked for. */
    public SimulatedQueue queue(String name) {
        return queues.computeIfAbsent(name, n -> new SimulatedQueue(n, clock, this::broadcast));
    }

    /** How many times an action ({@code QueueSummary}, any case) was received. */
    public int actionsReceived(String action) {
        AtomicInteger count = actions.get(action.toLowerCase(java.util.Locale.ROOT));
        return count == null ? 0 : count.get();
    }

    /** Sends {@code event} to every logged-in session, as Asterisk sends an event it raises. */
    public void emit(AmiMessage event) {
        broadcast(event);
    }

    /** Logged-in manager sessions now. */
    public int loggedInSessions() {
        return (int) sessions.stream().filter(AmiSession::loggedIn).count();
    }

    /** Closes every manager connection (the server keeps listening), as a network cut would. */
    public void dropConnections() {
        sessions.forEach(AmiSession::close);
    }

    /** Stops listening and closes every connection. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
        dropConnections();
        threads.shutdownNow();
    }

    String username() {
        return username;
    }

    String secret() {
        return secret;
    }

    List<SimulatedQueue> queues() {
        List<SimulatedQueue> list = new ArrayList<>(queues.values());
        list.sort(java.util.Comparator.comparing(SimulatedQueue::name));
        return list;
    }

    void received(String action) {
        actions.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
    }

    void ended(AmiSession session) {
        sessions.remove(session);
    }

    private void broadcast(AmiMessage event) {
        sessions.forEach(session -> session.event(event));
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                AmiSession session = new AmiSession(socket, this);
                sessions.add(session);
                threads.execute(session);
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                // one failed accept does not stop the server
            }
        }
    }
}
