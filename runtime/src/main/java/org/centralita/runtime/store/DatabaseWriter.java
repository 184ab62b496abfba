package org.centralita.runtime.store;

import java.io.IOException;
import java.sql.SQLException;
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
 */
final class DatabaseWriter implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWriter.class);
    private static final int REPLAY_CHUNK = 100;

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

    private void step() throws InterruptedException {
        StoreLane lane = pipeline.lane();
        StoreLane.Waiting next = lane.open() ? lane.take(0) : null;
        if (next != null) {
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
            next = lane.take(50);
            if (next != null) {
                writeHandedOver(next);
            }
        } else {
            // the store is down and the journal empty: the spooler journals new calls meanwhile
            pipeline.stop().await(50, TimeUnit.MILLISECONDS);
        }
    }

    private void writeHandedOver(StoreLane.Waiting call) {
        boolean written = false;
        try {
            written = write(call.call());
        } finally {
            if (pipeline.lane().release(call, written)) {
                pipeline.counters().inFlight.decrementAndGet();
            }
        }
    }

    private void replayChunk() throws IOException, InterruptedException {
        List<RecordedCall> chunk = pipeline.journal().peek(REPLAY_CHUNK);
        for (RecordedCall call : chunk) {
            if (!write(call)) {
                // The chunk is read again from its start: calls already written count as duplicates.
                pipeline.stop().await(backoff.nextMillis(), TimeUnit.MILLISECONDS);
                return;
            }
        }
        pipeline.journal().acknowledge(chunk.size());
    }

    /** One attempt; {@code true} when the call is settled (written, already there, or rejected). */
    private boolean write(RecordedCall call) {
        try {
            boolean inserted = store.calls().insert(call.call(), call.events());
            (inserted ? pipeline.counters().written : pipeline.counters().duplicates).incrementAndGet();
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
