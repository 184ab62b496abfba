package org.centralita.runtime.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that talks to the database: writes calls handed over by the spooler, then
 * replays the journal oldest first, pausing with back-off while the database fails.
 */
final class DatabaseWriter implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWriter.class);
    private static final int REPLAY_CHUNK = 100;

    private final RecordsStore store;
    private final WriterPipeline pipeline;
    private final Backoff backoff;
    private volatile RecordedCall inHand;
    private boolean failing;

    DatabaseWriter(RecordsStore store, WriterPipeline pipeline, Backoff backoff) {
        this.store = store;
        this.pipeline = pipeline;
        this.backoff = backoff;
    }

    @Override
    public void run() {
        try {
            while (pipeline.stop().getCount() > 0) {
                step();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void step() throws InterruptedException {
        RecordedCall next = pipeline.handoff().poll();
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
        } else {
            next = pipeline.handoff().poll(50, TimeUnit.MILLISECONDS);
            if (next != null) {
                writeHandedOver(next);
            }
        }
    }

    /** The call this thread holds while it is not yet written, or {@code null}. */
    RecordedCall inHand() {
        return inHand;
    }

    private void writeHandedOver(RecordedCall call) throws InterruptedException {
        inHand = call;
        while (!write(call)) {
            if (pipeline.stop().await(backoff.nextMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        }
        inHand = null;
        pipeline.counters().inFlight.decrementAndGet();
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
        pipeline.counters().failedAttempts.incrementAndGet();
        if (!failing) {
            failing = true;
            LOG.warn("records store {} is unavailable ({}); calls wait in memory and in the journal {}",
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
