package org.centralita.runtime.agi.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One call placed by the {@link SimulatedAsterisk}: its channel, and how AGI() ended. */
public final class SimulatedCall {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedCall.class);

    private final InetSocketAddress server;
    private final SimClock clock;
    private final ChannelSetup setup;
    private final ChannelState channel;
    private final CallerScript script;
    private final Map<String, String> database;
    private final String threadId;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile AgiStatus status;
    private volatile Thread thread;

    SimulatedCall(InetSocketAddress server, SimClock clock, ChannelSetup setup, ChannelState channel,
                  CallerScript script, Map<String, String> database, String threadId) {
        this.server = server;
        this.clock = clock;
        this.setup = setup;
        this.channel = channel;
        this.script = script;
        this.database = database;
        this.threadId = threadId;
    }

    void start() {
        thread = SimThreads.start("sim-call-" + channel.uniqueId(), this::run);
    }

    private void run() {
        try (Socket socket = new Socket()) {
            socket.connect(server);
            AgiSession session = new AgiSession(socket, clock, setup, channel, script, database, threadId);
            session.run();
            status = session.status();
        } catch (IOException e) {
            // connection refused or reset before the session began: AGI() fails
            LOG.debug("simulated call {} could not talk to {}: {}", channel.name(), server, e.toString());
            status = AgiStatus.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = AgiStatus.FAILURE;
        } finally {
            done.countDown();
        }
    }

    public String channelName() {
        return channel.name();
    }

    public String uniqueId() {
        return channel.uniqueId();
    }

    public boolean isFinished() {
        return done.getCount() == 0;
    }

    /** Waits until AGI() returns and gives the AGISTATUS the dialplan would see. */
    public AgiStatus awaitStatus(Duration timeout) throws InterruptedException, TimeoutException {
        if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("simulated call " + channel.name() + " still running");
        }
        return status;
    }

    /** The channel's variables as the dialplan sees them (after AGI() returned). */
    public Map<String, String> variables() {
        return channel.variables();
    }

    /** Ends the call's thread (a test tearing down). */
    public void abandon() {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
