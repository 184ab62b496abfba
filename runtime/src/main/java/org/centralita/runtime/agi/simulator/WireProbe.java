package org.centralita.runtime.agi.simulator;

/**
 * Watches one simulated call's wire, for the load benchmark: when Asterisk has written lines (a
 * reply, the agi_* block, a HANGUP) and when bytes from the FastAGI server arrive. Called on the
 * call's own threads, with {@link System#nanoTime()} values; must be cheap and thread-safe.
 */
public interface WireProbe {

    /** A probe that watches nothing. */
    WireProbe NONE = new WireProbe() {
        @Override
        public void written(long nanoTime) {
            // nothing to record
        }

        @Override
        public void arrived(long nanoTime) {
            // nothing to record
        }
    };

    /** Asterisk is handing lines to the socket (called just before the write). */
    void written(long nanoTime);

    /** Bytes from the server were read off the socket. */
    void arrived(long nanoTime);
}
