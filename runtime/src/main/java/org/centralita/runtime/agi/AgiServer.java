package org.centralita.runtime.agi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.asteriskjava.fastagi.MappingStrategy;
import org.asteriskjava.fastagi.internal.DefaultAgiChannelFactory;
import org.asteriskjava.fastagi.internal.FastAgiConnectionHandler;
import org.centralita.runtime.health.SharedThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's FastAGI server: accepts Asterisk's connections (only from the allowed
 * addresses), reads each one's {@code agi_*} block within {@link AgiHeaderLimits} before it may
 * take a call slot ({@link AgiReception}), serves each call with Asterisk-Java's
 * {@link FastAgiConnectionHandler} on a worker pool bounded by max-calls, answers a call beyond
 * it at once with BUSY, and stops gracefully: no new calls, running calls drained until a deadline.
 */
public final class AgiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AgiServer.class);
    private static final int BACKLOG = 200;
    /** Threads beyond max-calls so that a thread finishing its call never makes a free slot look taken. */
    private static final int POOL_SLACK = 8;
    private static final int BUSY_READ_TIMEOUT_MS = 5000;

    private final AgiSettings settings;
    private final MappingStrategy calls;
    private final BusyScript busy = new BusyScript();
    private final Semaphore capacity;
    private final Set<InetAddress> allowed;
    private final Set<Socket> active = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor busyWorkers;
    private final Runnable onBusy;
    private final SharedThread receptionThread = new SharedThread("agi-reception",
            "no new call is taken (Asterisk's AGI() fails and its dialplan falls back)", Duration.ofSeconds(30));
    private volatile AgiReception reception;
    private volatile java.util.function.Consumer<String> onConnectionClosed = reason -> { };

    public AgiServer(AgiSettings settings, CallHandler handler, ChannelOptions options) {
        this(settings, handler, options, () -> { });
    }

    /**
     * @param onBusy told of each call answered BUSY because max-calls were running (for metrics)
     */
    public AgiServer(AgiSettings settings, CallHandler handler, ChannelOptions options, Runnable onBusy) {
        this.settings = settings;
        this.onBusy = onBusy;
        this.calls = new CentralitaAgiScript(handler, options);
        this.capacity = new Semaphore(settings.maxCalls());
        this.allowed = addresses(settings);
        this.workers = new ThreadPoolExecutor(0, settings.maxCalls() + POOL_SLACK, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), threads("agi-call-"));
        this.busyWorkers = new ThreadPoolExecutor(1, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
                threads("agi-busy-"));
    }

    private static Set<InetAddress> addresses(AgiSettings settings) {
        Set<InetAddress> set = new HashSet<>();
        for (String address : settings.allow()) {
            try {
                set.add(InetAddress.getByName(address));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("agi.allow: not an address: " + address, e);
            }
        }
        return set;
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Tells {@code listener} of each call answered BUSY once its request was read: the call's id
     * and the flow it asked for (null when none), for the reports' rejected calls.
     */
    public void onRefused(java.util.function.BiConsumer<String, String> listener) {
        busy.onRefused(listener);
    }

    /** Binds and starts accepting in a background thread. */
    public synchronized void start() throws IOException {
        reception = new AgiReception(new InetSocketAddress(InetAddress.getByName(settings.bind()), settings.port()),
                BACKLOG, allowed, settings.header(), this::dispatch, reason -> onConnectionClosed.accept(reason),
                receptionThread);
        receptionThread.start(reception);
        LOG.info("FastAGI server listening on {}:{} for {} (max {} calls)", settings.bind(), port(),
                settings.allow(), settings.maxCalls());
    }

    /** The port it listens on (the real one when configured with 0). */
    public int port() {
        return reception.port();
    }

    /** Whether new connections are still accepted (false once a stop began). */
    public boolean isAccepting() {
        AgiReception current = reception;
        return current != null && current.isAccepting();
    }

    /**
     * Tells {@code listener} the reason of each connection closed before it became a call
     * (not-allowed, header-timeout, header-too-large, too-many-waiting, closed-by-peer, failed),
     * on the reception thread: it must not block. For metrics.
     */
    public void onConnectionClosed(java.util.function.Consumer<String> listener) {
        onConnectionClosed = java.util.Objects.requireNonNull(listener, "listener");
    }

    /** How many times the reception thread has woken to do something (for tests: none while nothing comes). */
    long receptionRounds() {
        return reception.rounds();
    }

    /** The server's shared threads, for {@code /health}: its reception of new calls. */
    public List<SharedThread> sharedThreads() {
        return List.of(receptionThread);
    }

    /**
     * The read time-outs of the sockets of the calls in progress, in milliseconds (0 = none): a
     * call may wait hours in a queue or on hold without a reply from Asterisk.
     */
    java.util.List<Integer> readTimeoutsOfActiveCalls() throws java.net.SocketException {
        java.util.List<Integer> timeouts = new java.util.ArrayList<>();
        for (Socket socket : active) {
            timeouts.add(socket.getSoTimeout());
        }
        return timeouts;
    }

    /** Calls being served now. */
    public int activeCalls() {
        return settings.maxCalls() - capacity.availablePermits();
    }

    /** Called by the reception thread with a call whose header is whole: must never block. */
    private void dispatch(ReceivedCall call) {
        if (capacity.tryAcquire()) {
            try {
                workers.execute(() -> serve(call));
                return;
            } catch (RejectedExecutionException e) {
                capacity.release();
            }
        }
        refuseBusy(call);
    }

    private void serve(ReceivedCall call) {
        Socket socket = call.socket();
        active.add(socket);
        try {
            socket.setSoTimeout(0);
            new FastAgiConnectionHandler(calls, new SocketConnection(socket, call.received()),
                    new DefaultAgiChannelFactory()).run();
        } catch (IOException | RuntimeException e) {
            // contained: one call's failure ends that call only
            LOG.warn("FastAGI connection from {} failed", socket.getInetAddress(), e);
        } finally {
            active.remove(socket);
            closeQuietly(socket);
            capacity.release();
        }
    }

    private void refuseBusy(ReceivedCall call) {
        Socket socket = call.socket();
        LOG.warn("at capacity ({} calls): answering a call from {} with BUSY", settings.maxCalls(),
                socket.getInetAddress().getHostAddress());
        onBusy.run();
        try {
            socket.setSoTimeout(BUSY_READ_TIMEOUT_MS);
            busyWorkers.execute(() -> {
                try {
                    new FastAgiConnectionHandler(busy, new SocketConnection(socket, call.received()),
                            new DefaultAgiChannelFactory()).run();
                } catch (IOException | RuntimeException e) {
                    LOG.warn("could not tell {} the runtime is busy", socket.getInetAddress(), e);
                } finally {
                    closeQuietly(socket);
                }
            });
        } catch (SocketException | RejectedExecutionException e) {
            LOG.warn("BUSY answers are backed up: closing the call from {}", socket.getInetAddress());
            closeQuietly(socket);
        }
    }

    /**
     * Stops accepting calls, lets running calls finish until the deadline, then cuts the rest.
     *
     * @return true when every call finished by itself
     */
    public boolean stop(Duration drain) throws InterruptedException {
        stopAccepting();
        workers.shutdown();
        busyWorkers.shutdown();
        boolean drained = workers.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS);
        if (!drained) {
            LOG.warn("{} calls still running after {}: closing them", active.size(), drain);
            active.forEach(AgiServer::closeQuietly);
            workers.shutdownNow();
        }
        busyWorkers.awaitTermination(1, TimeUnit.SECONDS);
        LOG.info("FastAGI server stopped");
        return drained;
    }

    /** Closes the listening socket: Asterisk's new calls fail over; calls in progress go on. */
    public void stopAccepting() {
        AgiReception current = reception;
        if (current != null) {
            try {
                current.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(5));
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("closing {} failed", closeable, e);
        }
    }
}
