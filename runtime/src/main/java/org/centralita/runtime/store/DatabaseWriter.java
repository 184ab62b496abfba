package org.centralita.runtime.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.centralita.runtime.health.SharedThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that talks to the database: writes calls handed over by the spooler, then
 * replays the journal oldest first, pausing with back-off while the database fails. A call it
 * cannot write goes back to the spooler for the journal at once (it never waits in memory for
 * the database to come back), and while the store is known down it takes no new call.
 *
 * <p>The calls waiting on the lane when it looks, and the journal's calls it replays (at most
 * {@value #WRITE_BATCH} at a time), are written in one
 * transaction ({@link CallRecords#insertAll}): one commit and one update of the report sums for
 * all of them instead of one per call. When that transaction fails because of one of them (a call
 * already stored, one the database refuses) they are written again one by one, each settled on
 * its own as before; when the database failed, none is written and the store counts as down.
 */
final class DatabaseWriter implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWriter.class);
    private static final int REPLAY_CHUNK = 100;
    /** Calls written in one transaction at most. */
    static final int WRITE_BATCH = 40;
    /** How long the writer waits for a call on the lane before it looks at the journal again. */
    private static final long IDLE_WAIT_MILLIS = 250;

    private final RecordsStore store;
    private final WriterPipeline pipeline;
    private final Backoff backoff;
    private final SharedThread health;
    private boolean failing;

    DatabaseWriter(RecordsStore store, WriterPipeline pipeline, Backoff backoff, SharedThread health) {
        this.store = store;
        this.pipeline = pipeline;
        this.backoff = backoff;
        this.health = health;
    }

    @Override
    public void run() {
        try {
            while (pipeline.stop().getCount() > 0) {
                health.beat();
                try {
                    step();
                } catch (RuntimeException e) {
                    // what it held is on the lane or in the journal still: log, pause, go on
                    LOG.error("records writer failed a step, trying again: {}", e.toString());
                    pipeline.stop().await(backoff.nextMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One round: the calls on the lane, else a chunk of the journal, else a short wait (package-private for tests). */
    void step() throws InterruptedException {
        StoreLane lane = pipeline.lane();
        List<StoreLane.Waiting> next = lane.open() ? lane.take(WRITE_BATCH, 0) : List.of();
        if (!next.isEmpty()) {
            writeHandedOver(next);
        } else if (pipeline.journal().pending() > 0) {
            try {
                replayChunk();
            } catch (IOException e) {
                LOG.error("records journal {} cannot be read ({}); trying again", pipeline.journal().directory(),
                        e.getMessage());
                pipeline.stop().await(backoff.nextMillis(), TimeUnit.MILLISECONDS);
            }
        } else if (lane.open()) {
            next = lane.take(WRITE_BATCH, IDLE_WAIT_MILLIS);
            if (!next.isEmpty()) {
                writeHandedOver(next);
            }
        } else {
            // the store is down and the journal empty: the spooler journals new calls meanwhile
            pipeline.stop().await(50, TimeUnit.MILLISECONDS);
        }
    }

    private void writeHandedOver(List<StoreLane.Waiting> calls) {
        boolean[] written = new boolean[calls.size()];
        try {
            Together together = calls.size() > 1 ? writeTogether(calls) : Together.ONE_BY_ONE;
            if (together == Together.WRITTEN) {
                java.util.Arrays.fill(written, true);
            } else if (together == Together.ONE_BY_ONE) {
                for (int i = 0; i < calls.size(); i++) {
                    written[i] = write(calls.get(i).call());
                    if (!written[i]) {
                        break; // the store failed: the rest go back to the journal unwritten
                    }
                }
            }
        } finally {
            for (int i = 0; i < calls.size(); i++) {
                if (pipeline.lane().release(calls.get(i), written[i])) {
                    pipeline.counters().inFlight.decrementAndGet();
                }
            }
            pipeline.lane().handsFree();
        }
    }

    /** How a transaction of several calls went. */
    private enum Together {
        /** All written. */
        WRITTEN,
        /** Nothing written because of one of them (already stored, or refused): write each on its own. */
        ONE_BY_ONE,
        /** Nothing written, the store failed: none is written now (the store is marked down). */
        FAILED
    }

    private Together writeTogether(List<StoreLane.Waiting> calls) {
        List<RecordedCall> records = new ArrayList<>(calls.size());
        calls.forEach(call -> records.add(call.call()));
        return insertTogether(records);
    }

    private Together insertTogether(List<RecordedCall> calls) {
        try {
            store.calls().insertAll(calls);
        } catch (SQLException e) {
            if (isBadData(e)) {
                return Together.ONE_BY_ONE;
            }
            failed(e);
            return Together.FAILED;
        } catch (RecordsStoreException e) {
            failed(e);
            return Together.FAILED;
        }
        pipeline.counters().written.addAndGet(calls.size());
        pipeline.counters().transactions.incrementAndGet();
        pipeline.lane().storeUp();
        recovered();
        return Together.WRITTEN;
    }

    private void replayChunk() throws IOException, InterruptedException {
        List<RecordedCall> chunk = pipeline.journal().peek(REPLAY_CHUNK);
        for (int from = 0; from < chunk.size(); from += WRITE_BATCH) {
            List<RecordedCall> part = chunk.subList(from, Math.min(chunk.size(), from + WRITE_BATCH));
            Together together = part.size() > 1 ? insertTogether(part) : Together.ONE_BY_ONE;
            if (together == Together.WRITTEN) {
                continue;
            }
            if (together == Together.FAILED) {
                pipeline.stop().await(backoff.nextMillis(), TimeUnit.MILLISECONDS);
                return;
            }
            for (RecordedCall call : part) {
                if (!write(call)) {
                    // The chunk is read again from its start: calls already written count as duplicates.
                    pipeline.stop().await(backoff.nextMillis(), TimeUnit.MILLISECONDS);
                    return;
                }
            }
        }
        pipeline.journal().acknowledge(chunk.size());
    }

    /** One attempt; {@code true} when the call is settled (written, already there, or rejected). */
    private boolean write(RecordedCall call) {
        try {
            boolean inserted = store.calls().insert(call.call(), call.events());
            (inserted ? pipeline.counters().written : pipeline.counters().duplicates).incrementAndGet();
            if (inserted) {
                pipeline.counters().transactions.incrementAndGet();
            }
            pipeline.lane().storeUp();
            recovered();
            return true;
        } catch (SQLException e) {
            if (isBadData(e)) {
                reject(call, e);
                return true;
            }
            failed(e);
            return false;
        } catch (RecordsStoreException e) {
            failed(e);
            return false;
        }
    }

    /** Data errors (SQLState classes 22 and 23) fail the same way on every attempt. */
    private static boolean isBadData(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    private void reject(RecordedCall call, SQLException e) {
        pipeline.counters().rejected.incrementAndGet();
        try {
            pipeline.journal().reject(call);
            LOG.error("records store {} refused call {} ({}); it is kept in {}", store.describe(),
                    call.call().callId(), e.getMessage(), pipeline.journal().rejectedFile());
        } catch (IOException io) {
            LOG.error("records store {} refused call {} ({}) and it could not be kept on disk ({}): lost",
                    store.describe(), call.call().callId(), e.getMessage(), io.getMessage());
        }
    }

    private void failed(Exception e) {
        pipeline.lane().storeDown();
        pipeline.counters().failedAttempts.incrementAndGet();
        if (!failing) {
            failing = true;
            LOG.warn("records store {} is unavailable ({}); calls go to the journal {} until it is back",
                    store.describe(), e.getMessage(), pipeline.journal().directory());
        }
    }

    private void recovered() {
        backoff.reset();
        if (failing) {
            failing = false;
            LOG.info("records store {} is back; {} journaled calls to replay", store.describe(), pipeline.journal().pending());
        }
    }
}
