package org.centralita.runtime.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.centralita.runtime.health.SharedThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves submitted calls from memory to the database writer when it keeps up, and to the
 * journal when it does not (database down or slow, or calls already waiting on disk).
 * It never waits for the database, so the memory queue drains at disk speed; and every round
 * (at most 50 ms apart while calls are on the {@link StoreLane}) it takes back from the lane what
 * must not stay only in memory any longer, so a store that is down or hangs leaves no call only
 * in memory. With nothing on the lane it waits up to 250 ms for a call (an idle runtime's
 * spooler wakes four times a second, not twenty). Once a call has come it lets the calls ending
 * in the next 50 ms come along before it hands them on: a thread woken costs about as much CPU as
 * the hand-off itself (docs/benchmarks.md, seventh round), and under load calls end tens a second.
 */
final class Spooler implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Spooler.class);
    private static final int BATCH = 200;
    /** The longest a round waits for a submitted call while calls are on the lane. */
    private static final long BUSY_WAIT_MILLIS = 50;
    /** The same with nothing on the lane (nothing to take back). */
    private static final long IDLE_WAIT_MILLIS = 250;
    /** How long the calls ending after the first of a round may take to come along with it. */
    private static final long GATHER_MILLIS = 50;

    private final WriterPipeline pipeline;
    private final Backoff backoff;
    private final List<RecordedCall> held = new ArrayList<>();
    private final SharedThread health;
    private boolean journalTrouble;

    Spooler(WriterPipeline pipeline, Backoff backoff, SharedThread health) {
        this.pipeline = pipeline;
        this.backoff = backoff;
        this.health = health;
    }

    @Override
    public void run() {
        try {
            while (pipeline.stop().getCount() > 0) {
                health.beat();
                round();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void round() throws InterruptedException {
        try {
            if (takeBack()) {
                spill();
            }
            if (held.isEmpty() && !take()) {
                return;
            }
            route();
        } catch (RuntimeException e) {
            // the calls stay held and are tried again: one bad round must not end the records' way to disk
            LOG.error("records spooler failed a round, trying again: {}", e.toString());
            pipeline.stop().await(backoff.nextMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Takes back from the lane what must go to the journal now, first in line; true when there was some. */
    private boolean takeBack() {
        List<RecordedCall> back = new ArrayList<>();
        pipeline.lane().takeBack(back);
        held.addAll(0, back);
        return !back.isEmpty();
    }

    /** Calls taken from memory but not yet handed on; read only once the thread has stopped. */
    List<RecordedCall> held() {
        return held;
    }

    private boolean take() throws InterruptedException {
        long wait = pipeline.lane().empty() ? IDLE_WAIT_MILLIS : BUSY_WAIT_MILLIS;
        RecordedCall first = pipeline.memory().poll(wait, TimeUnit.MILLISECONDS);
        if (first == null) {
            return false;
        }
        held.add(first);
        pipeline.stop().await(GATHER_MILLIS, TimeUnit.MILLISECONDS);
        pipeline.memory().drainTo(held, BATCH - 1);
        pipeline.counters().spoolerRounds.incrementAndGet();
        return true;
    }

    private void route() throws InterruptedException {
        if (pipeline.journal().pending() == 0 && pipeline.lane().open()) {
            while (!held.isEmpty() && pipeline.lane().offer(held.get(0))) {
                held.remove(0);
            }
        }
        if (!held.isEmpty()) {
            spill();
        }
    }

    private void spill() throws InterruptedException {
        try {
            pipeline.journal().append(held);
            pipeline.counters().spilled.addAndGet(held.size());
            // In the journal now: its pending count covers them (raised before this drop).
            pipeline.counters().inFlight.addAndGet(-held.size());
            held.clear();
            backoff.reset();
            if (journalTrouble) {
                LOG.info("records journal {} accepts records again", pipeline.journal().directory());
                journalTrouble = false;
            }
        } catch (IOException e) {
            if (!journalTrouble) {
                LOG.error("records journal {} cannot take more calls ({}); calls wait in memory and are"
                        + " dropped when it is full too", pipeline.journal().directory(), e.getMessage());
                journalTrouble = true;
            }
            pipeline.stop().await(backoff.nextMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
