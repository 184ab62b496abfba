package org.centralita.runtime.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The way calls take straight to the database, skipping the journal, while the store keeps up:
 * the hand-off from the spooler to the database writer and the calls the writer holds. Calls on
 * it are only in memory, so it is short-lived by rule: while the store is known down nothing
 * takes it, a call the store refused is handed back to be journaled at once, and a call that has
 * waited on it longer than {@code spillAfter} (a store that hangs) is taken back by the spooler
 * and journaled. Whoever claims a call first (the writer once written, or the spooler) accounts
 * for it, so it is counted once even when both have it.
 */
final class StoreLane {

    private static final int CAPACITY = 64;
    /**
     * The longest the writer waits for more calls to write with the first one it took: a
     * transaction costs about as much as writing one call (docs/benchmarks.md, fifth round), and
     * calls end 10-50 a second under load; with 100 ms the writer took 1.6 calls a transaction at
     * 10 calls a second, with 250 ms 14.5 at about 50 a second. H2 writes each commit to its file
     * (the changed pages of every table and index the calls touched: a third of the writer's CPU
     * in the eighth round), so fewer, larger transactions cost less a call. Half of the spill-after
     * time at most, so that a call in the writer's hand is written well before it would be journaled.
     */
    private static final long MAX_LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /**
     * How often the writer looks for more calls while it lingers: short enough that the hand-off
     * (64 calls) does not fill at hundreds of calls a second, long enough that calls ending tens a
     * second come several to a look.
     */
    private static final long GATHER_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final BlockingQueue<Waiting> handoff = new ArrayBlockingQueue<>(CAPACITY);
    private final ConcurrentLinkedQueue<RecordedCall> handedBack = new ConcurrentLinkedQueue<>();
    private final AtomicReference<List<Waiting>> inHand = new AtomicReference<>(List.of());
    /** When the writer stopped gathering and began writing what it holds (System.nanoTime). */
    private volatile long writingSince;
    private final AtomicBoolean storeDown = new AtomicBoolean();
    private final long spillAfterNanos;
    private final long lingerNanos;

    StoreLane(long spillAfterNanos) {
        this.spillAfterNanos = spillAfterNanos;
        this.lingerNanos = Math.min(MAX_LINGER_NANOS, spillAfterNanos / 2);
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

    /** Nothing on it: no call waits for the writer nor is in its hands (only the spooler adds calls). */
    boolean empty() {
        return handoff.isEmpty() && inHand.get().isEmpty();
    }

    /** The spooler offers a call; false when the hand-off is full. */
    boolean offer(RecordedCall call) {
        return handoff.offer(new Waiting(call, System.nanoTime()));
    }

    /**
     * The writer takes the next calls waiting, at most {@code max}, and holds them (none when none
     * came in time): the first waited for, then those already there, then those that come until
     * the first has waited 250 ms (a quarter of {@code spillAfter} if less), looked for every
     * 50 ms, so that calls ending a few a second are written several to a transaction and those
     * ending tens a second wake the writer once for several. A first call that waited that long
     * already (the writer was busy) waits no more.
     */
    List<Waiting> take(int max, long timeoutMillis) throws InterruptedException {
        Waiting next = timeoutMillis == 0 ? handoff.poll() : handoff.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (next == null) {
            return List.of();
        }
        List<Waiting> taken = new ArrayList<>(Math.min(max, CAPACITY));
        taken.add(next);
        handoff.drainTo(taken, max - 1);
        long until = next.since() + lingerNanos;
        long left;
        while (taken.size() < max && (left = until - System.nanoTime()) > 0) {
            // in slices, not woken by each call: a wake-up costs about what handing a call on does
            LockSupport.parkNanos(this, Math.min(left, GATHER_SLICE_NANOS));
            if (Thread.interrupted()) {
                throw new InterruptedException("the records writer was interrupted while gathering calls");
            }
            handoff.drainTo(taken, max - taken.size());
        }
        writingSince = System.nanoTime();
        inHand.set(List.copyOf(taken));
        return taken;
    }

    /** The writer holds nothing any more (every call it took was released). */
    void handsFree() {
        inHand.set(List.of());
    }

    /**
     * The writer is done with one call it held.
     *
     * @return true when the writer accounts for it (nobody journaled it meanwhile)
     */
    boolean release(Waiting call, boolean written) {
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
     * hand-off and the calls in hand when the store is down, when a call has waited on the hand-off
     * past {@code spillAfter}, or when the write of the calls in hand has taken longer than that (a
     * store that hangs; the time the writer spent gathering them is not the store's). The spooler
     * then owns them (and their in-memory count) until they are in the journal.
     */
    void takeBack(List<RecordedCall> into) {
        drainHandedBack(into);
        long now = System.nanoTime();
        boolean writeHangs = !inHand.get().isEmpty() && now - writingSince > spillAfterNanos;
        if (storeDown.get() || writeHangs || overdue(handoff.peek(), now)) {
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

    /** Claims the calls in hand and empties the hand-off; until a write succeeds calls go to the journal. */
    private void takeAll(List<RecordedCall> into) {
        storeDown.set(true);
        for (Waiting held : inHand.get()) {
            if (held.claim()) {
                into.add(held.call());
            }
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
