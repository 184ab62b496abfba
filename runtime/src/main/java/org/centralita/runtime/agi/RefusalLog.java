package org.centralita.runtime.agi;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of connections the FastAGI reception closes before they became calls: at most one
 * WARN line per interval, telling how many more were closed meanwhile, so that a flood of
 * hostile connections cannot flood the log (and its disk) too. Used by the reception thread only.
 */
final class RefusalLog {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);

    private final long intervalNanos;
    private boolean logged;
    private long lastLine;
    private long unlogged;

    RefusalLog(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /**
     * @param peer the peer's address
     * @param received what it had sent (sizes only: a header holds callers' numbers)
     * @param why why it was closed, naming the setting when one decided it
     */
    void closed(String peer, String received, String why) {
        long now = System.nanoTime();
        if (logged && now - lastLine < intervalNanos) {
            unlogged++;
            return;
        }
        LOG.warn("closed a FastAGI connection from {} ({}): {}{}", peer, received, why,
                unlogged == 0 ? "" : " (and " + unlogged + " more closed since the last such line)");
        logged = true;
        lastLine = now;
        unlogged = 0;
    }
}
