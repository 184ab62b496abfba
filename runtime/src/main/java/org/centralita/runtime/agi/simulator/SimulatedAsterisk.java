package org.centralita.runtime.agi.simulator;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated Asterisk 22 that places FastAGI calls: each call connects to a FastAGI server over
 * a real TCP socket and behaves on the wire as res_agi does (see docs/agi.md for what is
 * reproduced). The caller on each call is scripted; media and time-outs run on the given clock.
 * Thread-safe: many calls may run at once (the load benchmark does).
 */
public final class SimulatedAsterisk {
    private final SimClock clock;
    private final AtomicInteger channelCounter = new AtomicInteger(0x2e);
    private final AtomicInteger uniqueCounter = new AtomicInteger(93);
    private final long bootSeconds = System.currentTimeMillis() / 1000;
    private final Map<String, String> database = new ConcurrentHashMap<>();

    public SimulatedAsterisk(SimClock clock) {
        this.clock = clock;
    }

    public SimClock clock() {
        return clock;
    }

    /** Starts one call: AGI() runs on a new channel and connects to {@code server}. */
    public SimulatedCall call(InetSocketAddress server, ChannelSetup setup, CallerScript script) {
        String name = setup.channelName != null ? setup.channelName
                : String.format("%s/%s@%s-%08x;2", setup.type, setup.extension, setup.context,
                        channelCounter.getAndIncrement());
        String uniqueId = setup.uniqueId != null ? setup.uniqueId
                : bootSeconds + "." + uniqueCounter.getAndAdd(2);
        String threadId = setup.threadId != null ? setup.threadId
                : Long.toString(140384327000000L + uniqueCounter.get() * 4096L);
        ChannelState channel = new ChannelState(name, uniqueId, setup);
        SimulatedCall call = new SimulatedCall(server, clock, setup, channel, script, database, threadId);
        call.start();
        return call;
    }
}
