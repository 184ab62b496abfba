package org.centralita.runtime.agi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.centralita.runtime.health.SharedThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FastAGI server's one reception thread: accepts connections (closing those from addresses
 * not allowed) and reads their {@code agi_*} blocks without blocking, within the
 * {@link AgiHeaderLimits}, so that connections that are silent, slow or endless hold neither a
 * call slot nor a thread, and cost at most the limits in memory. A connection whose block is
 * whole goes on, blocking again, to the call pool. A failure with one connection closes that
 * connection only.
 */
final class AgiReception implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(AgiReception.class);
    /** The longest select while connections wait for their header (their deadlines are checked after each). */
    private static final long BUSY_SELECT_MS = 250;

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final Set<InetAddress> allowed;
    private final AgiHeaderLimits limits;
    private final Consumer<ReceivedCall> onHeader;
    private final Consumer<String> onClosed;
    private final SharedThread health;
    /** Connections waiting for their header, oldest first (so deadlines expire in this order too). */
    private final Map<SocketChannel, Waiting> waiting = new LinkedHashMap<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocate(8192);
    private final RefusalLog refusals = new RefusalLog(Duration.ofSeconds(1));
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean running = true;
    /** Rounds of the loop so far (each a wake-up of this thread), for tests. */
    private volatile long rounds;

    /**
     * @param onHeader given each connection whose header is whole, on this thread: must not block
     * @param onClosed told the reason of each connection closed before it became a call (for metrics)
     */
    AgiReception(InetSocketAddress address, int backlog, Set<InetAddress> allowed, AgiHeaderLimits limits,
                 Consumer<ReceivedCall> onHeader, Consumer<String> onClosed, SharedThread health) throws IOException {
        this.allowed = allowed;
        this.limits = limits;
        this.onHeader = onHeader;
        this.onClosed = onClosed;
        this.health = health;
        this.selector = Selector.open();
        this.listener = ServerSocketChannel.open();
        try {
            listener.socket().setReuseAddress(true);
            listener.bind(address, backlog);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            listener.close();
            selector.close();
            throw e;
        }
    }

    int port() {
        return listener.socket().getLocalPort();
    }

    /** True until the listening socket is really closed (the kernel refuses new connections from then on). */
    boolean isAccepting() {
        return closed.getCount() > 0;
    }

    /** How many times the reception's loop has run (it runs when something happened, or a header's deadline came). */
    long rounds() {
        return rounds;
    }

    /** Connections that have not sent a whole header yet. */
    int waiting() {
        return waiting.size();
    }

    /**
     * Stops accepting and returns once the listening socket is closed (a channel registered with a
     * selector is only really closed by the selecting thread); connections still without a whole
     * header are closed too.
     */
    void stop() throws InterruptedException {
        health.stopping();
        running = false;
        selector.wakeup();
        if (!closed.await(5, TimeUnit.SECONDS)) {
            LOG.warn("the FastAGI reception did not stop within 5 s");
        }
    }

    @Override
    public void run() {
        try {
            // an interrupt would make every select return at once: it ends the reception (health reports it)
            while (running && !Thread.currentThread().isInterrupted()) {
                rounds++; // only this thread writes it
                health.beat();
                select();
                List<Waiting> whole = handleSelected();
                expireOverdue();
                handOn(whole);
            }
        } catch (IOException e) {
            LOG.error("FastAGI reception failed: no new calls are taken", e);
            throw new java.io.UncheckedIOException(e);
        } finally {
            waiting.keySet().forEach(AgiReception::closeQuietly);
            waiting.clear();
            closeQuietly(listener);
            closeQuietly(selector);
            closed.countDown();
        }
    }

    private void select() throws IOException {
        if (!selector.selectedKeys().isEmpty()) {
            selector.selectNow();
            return;
        }
        if (waiting.isEmpty()) {
            // nothing has a deadline: sleep until a connection comes (or stop() wakes the selector),
            // not waking a few times a second only to say the thread lives
            health.idle();
            selector.select();
            return;
        }
        long untilOldest = (waiting.values().iterator().next().deadline - System.nanoTime()) / 1_000_000;
        selector.select(Math.max(1, Math.min(BUSY_SELECT_MS, untilOldest + 1)));
    }

    private List<Waiting> handleSelected() {
        List<Waiting> whole = new ArrayList<>();
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            if (!key.isValid()) {
                continue;
            }
            if (key.isAcceptable()) {
                acceptAll();
            } else if (key.isReadable()) {
                Waiting connection = (Waiting) key.attachment();
                if (read(connection)) {
                    key.cancel();
                    waiting.remove(connection.channel);
                    whole.add(connection);
                }
            }
        }
        return whole;
    }

    private void acceptAll() {
        while (running) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (IOException e) {
                LOG.warn("FastAGI accept failed: {}", e.toString());
                return;
            }
            if (channel == null) {
                return;
            }
            admit(channel);
        }
    }

    private void admit(SocketChannel channel) {
        try {
            InetAddress peer = ((InetSocketAddress) channel.getRemoteAddress()).getAddress();
            if (!allowed.contains(peer)) {
                refusals.closed(peer.getHostAddress(), "nothing read", "not in agi.allow");
                onClosed.accept("not-allowed");
                closeQuietly(channel);
                return;
            }
            channel.configureBlocking(false);
            channel.socket().setTcpNoDelay(true);
            Waiting connection = new Waiting(channel, peer, new AgiHeaderBlock(limits),
                    System.nanoTime() + limits.timeout().toNanos());
            channel.register(selector, SelectionKey.OP_READ, connection);
            waiting.put(channel, connection);
            if (waiting.size() > limits.maxWaiting()) {
                Waiting oldest = waiting.values().iterator().next();
                close(oldest, "too-many-waiting", "more than " + limits.maxWaiting()
                        + " connections were waiting for their header (agi.header-max-waiting): the oldest is closed");
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not take a FastAGI connection: {}", e.toString());
            closeQuietly(channel);
        }
    }

    /** Reads what the connection has sent; true once its header is whole. */
    private boolean read(Waiting connection) {
        try {
            readBuffer.clear();
            int count = connection.channel.read(readBuffer);
            if (count < 0) {
                close(connection, "closed-by-peer", "closed by the peer before its AGI header was whole");
                return false;
            }
            return connection.header.add(readBuffer.array(), count);
        } catch (AgiHeaderBlock.Refused e) {
            close(connection, "header-too-large", "refused: " + e.getMessage());
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // one connection's trouble must not end the reception of every other call
            close(connection, "failed", "failed while reading its AGI header: " + e);
        }
        return false;
    }

    private void expireOverdue() {
        long now = System.nanoTime();
        Iterator<Waiting> oldestFirst = waiting.values().iterator();
        while (oldestFirst.hasNext()) {
            Waiting connection = oldestFirst.next();
            if (connection.deadline - now > 0) {
                return;
            }
            oldestFirst.remove();
            closeChannel(connection, "header-timeout", "no whole AGI header within " + limits.timeout().toMillis()
                    + " ms (agi.header-timeout)");
        }
    }

    /** Hands the connections whose header is whole to the call pool, blocking again. */
    private void handOn(List<Waiting> whole) throws IOException {
        if (whole.isEmpty()) {
            return;
        }
        selector.selectNow(); // deregisters the cancelled keys: only then may a channel block again
        for (Waiting connection : whole) {
            try {
                connection.channel.configureBlocking(true);
                onHeader.accept(new ReceivedCall(connection.channel.socket(), connection.header.bytes()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not hand the FastAGI call from {} on: {}", connection.peer.getHostAddress(), e.toString());
                closeQuietly(connection.channel);
            }
        }
    }

    private void close(Waiting connection, String reason, String why) {
        waiting.remove(connection.channel);
        closeChannel(connection, reason, why);
    }

    private void closeChannel(Waiting connection, String reason, String why) {
        refusals.closed(connection.peer.getHostAddress(), connection.header.describe(), why);
        onClosed.accept(reason);
        closeQuietly(connection.channel);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("closing {} failed", closeable, e);
        }
    }

    /** A connection waiting for its header. */
    private record Waiting(SocketChannel channel, InetAddress peer, AgiHeaderBlock header, long deadline) {
    }
}
