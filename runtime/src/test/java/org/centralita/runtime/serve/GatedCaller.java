package org.centralita.runtime.serve;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralita.runtime.agi.simulator.CallerScript;

/**
 * A caller who reaches the flow's first wait for input, says so, and holds the line there until
 * the test opens the gate; then does what a {@link KeysCaller} with {@code keys} does. Holding
 * the command back is what a caller thinking for a long time looks like to the runtime.
 */
final class GatedCaller implements CallerScript.Reaction {

    private final CallerScript.Reaction keys;
    private final CountDownLatch gate;
    private final AtomicInteger waiting;
    private boolean passed;

    private GatedCaller(CallerScript.Reaction keys, CountDownLatch gate, AtomicInteger waiting) {
        this.keys = keys;
        this.gate = gate;
        this.waiting = waiting;
    }

    static CallerScript of(String keys, CountDownLatch gate, AtomicInteger waiting) {
        return CallerScript.silent().reacting(new GatedCaller(KeysCaller.reaction(keys), gate, waiting));
    }

    @Override
    public void commandStarted(int command, String line, CallerScript script) {
        if (!passed && KeysCaller.isWait(line)) {
            passed = true;
            waiting.incrementAndGet();
            try {
                gate.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        keys.commandStarted(command, line, script);
    }
}
