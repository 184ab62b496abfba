package org.centralita.runtime.store;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The way calls take straight to the database, skipping the journal, while the store keeps up:
 * the hand-off from the spooler to the database writer and the call the writer holds. Calls on
 * it are only in memory, so it is short-lived by rule: while the store is known down nothing
 * takes it, a call the store refused is handed back to be journaled at once, and a call that has
 * waited on it longer than {@code spillAfter} (a store that hangs) is taken back by the spooler
 * and journaled. Whoever claims a call first (the writer once written, or the spooler) accounts
 * for it, so it is counted once even when both have it.
 */
final class StoreLane {

    private static final int CAPACITY = 64;

    private final BlockingQueue<Waiting> handoff = new ArrayBlockingQueue<>(CAPACITY);
    private final ConcurrentLinkedQueue<RecordedCall> handedBack = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Waiting> inHand = new AtomicReference<>();
    private final AtomicBoolean storeDown = new AtomicBoolean();
    private final long spillAfterNanos;

    StoreLane(long spillAfterNanos) {
        this.spillAfterNanos = spillAfterNanos;
    }

    /** Whether calls may take this way now: the store is not known to be down or hanging. */
    boolean open() {
        return !storeDown.get();
    }

    /** The store failed or hangs: until a write succeeds, calls go to the journal. */
    void storeDown() {
        storeDown.set(true);
    }

    void storeUp() {
        storeDown.set(false);
    }

    /** The spooler offers a call; false when the hand-off is full. */
    boolean offer(RecordedCall call) {
        return handoff.offer(new Waiting(call, System.nanoTime()));
    }

    /** The writer takes the next call and holds it (null when none came in time). */
    Waiting take(long timeoutMillis) throws InterruptedException {
        Waiting next = timeoutMillis == 0 ? handoff.poll() : handoff.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        inHand.set(next);
        return next;
    }

    /**
     * The writer is done with the call it held.
     *
     * @return true when the writer accounts for it (nobody journaled it meanwhile)
     */
    boolean release(Waiting call, boolean written) {
        inHand.set(null);
        if (!call.claim()) {
            return false;
        }
        if (!written) {
            handedBack.add(call.call());
        }
        return written;
    }

    /**
     * The spooler takes back what must not wait in memory any longer: calls handed back, and the
     * hand-off and the call in hand when the store is down or they waited past {@code spillAfter}.
     * The spooler then owns them (and their in-memory count) until they are in the journal.
     */
    void takeBack(List<RecordedCall> into) {
        drainHandedBack(into);
        long now = System.nanoTime();
        if (storeDown.get() || overdue(inHand.get(), now) || overdue(handoff.peek(), now)) {
            takeAll(into);
        }
    }

    /** At close, once both threads stopped: everything still only in memory here. */
    void drainTo(List<RecordedCall> into) {
        drainHandedBack(into);
        takeAll(into);
    }

    private void drainHandedBack(List<RecordedCall> into) {
        RecordedCall back;
        while ((back = handedBack.poll()) != null) {
            into.add(back);
        }
    }

    /** Claims the call in hand and empties the hand-off; until a write succeeds calls go to the journal. */
    private void takeAll(List<RecordedCall> into) {
        storeDown.set(true);
        Waiting held = inHand.get();
        if (held != null && held.claim()) {
            into.add(held.call());
        }
        Waiting waiting;
        while ((waiting = handoff.poll()) != null) {
            if (waiting.claim()) {
                into.add(waiting.call());
            }
        }
    }

    private boolean overdue(Waiting call, long now) {
        return call != null && now - call.since() > spillAfterNanos;
    }

    /** A call on the lane, since when it waits there, and whether someone has taken charge of it. */
    static final class Waiting {
        private final RecordedCall call;
        private final long since;
        private final AtomicBoolean claimed = new AtomicBoolean();

        Waiting(RecordedCall call, long since) {
            this.call = call;
            this.since = since;
        }

        RecordedCall call() {
            return call;
        }

        long since() {
            return since;
        }

        boolean claim() {
            return claimed.compareAndSet(false, true);
        }
    }
}
