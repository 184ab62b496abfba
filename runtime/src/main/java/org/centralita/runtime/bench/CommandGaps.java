package org.centralita.runtime.bench;

import java.util.Arrays;

import org.centralita.runtime.agi.simulator.WireProbe;

/**
 * The server's think time on one simulated call: from the moment Asterisk wrote a reply to the
 * moment the next command's bytes arrived. Media time is spent before a reply is written, so
 * what is left is the server's work plus the loopback hop and thread wake-ups both ways. The
 * first gap (after the agi_* block) is the call's set-up and is kept apart.
 */
final class CommandGaps implements WireProbe {
    private long lastWritten;
    private boolean awaitingCommand;
    private int writes;
    private long setupNanos = -1;
    private long[] gaps = new long[48];
    private int count;

    @Override
    public synchronized void written(long nanoTime) {
        writes++;
        lastWritten = nanoTime;
        awaitingCommand = true;
    }

    @Override
    public synchronized void arrived(long nanoTime) {
        if (!awaitingCommand) {
            return;
        }
        awaitingCommand = false;
        long gap = nanoTime - lastWritten;
        if (writes == 1) {
            setupNanos = gap;
            return;
        }
        if (count == gaps.length) {
            gaps = Arrays.copyOf(gaps, count * 2);
        }
        gaps[count++] = gap;
    }

    /** The gaps before every command but the first, in nanoseconds. */
    synchronized long[] gaps() {
        return Arrays.copyOf(gaps, count);
    }

    /** The gap between the agi_* block and the first command, or -1 when none came. */
    synchronized long setupNanos() {
        return setupNanos;
    }

    /** Commands the server sent. */
    synchronized int commands() {
        return count + (setupNanos >= 0 ? 1 : 0);
    }
}
