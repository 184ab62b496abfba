package org.centralita.runtime.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.centralita.runtime.health.SharedThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes call records to the {@link RecordsStore} in the background so that a slow or stopped
 * database never delays or fails a call: {@link #submit} returns at once; calls wait in a
 * bounded memory queue and, when the database does not keep up, in an fsync'd on-disk journal
 * that is replayed in order when it is back. Replays are idempotent (keyed by call id).
 */
public final class RecordWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecordWriter.class);
    private static final long DROP_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final RecordJournal journal;
    private final BlockingQueue<RecordedCall> memory;
    private final StoreLane lane;
    private final WriterCounters counters;
    private final CountDownLatch stop;
    private final Spooler spooler;
    private final DatabaseWriter databaseWriter;
    private final SharedThread spoolerHealth = new SharedThread("records-spooler",
            "finished calls are neither written nor journaled: they wait in memory, then are dropped",
            Duration.ofSeconds(30));
    private final SharedThread writerHealth = new SharedThread("records-writer",
            "call records are not written to the records store (they wait in the journal)", Duration.ofSeconds(60));
    private Thread spoolerThread;
    private Thread writerThread;
    private volatile boolean closing;
    private volatile long lastDropLog;

    private RecordWriter(RecordsStore store, RecordWriterSettings settings) throws IOException {
        this.journal = new RecordJournal(settings.journalDirectory(), settings.journalMaxBytes());
        WriterPipeline pipeline = WriterPipeline.of(settings.queueCapacity(), journal, settings.spillAfter());
        this.memory = pipeline.memory();
        this.lane = pipeline.lane();
        this.counters = pipeline.counters();
        this.stop = pipeline.stop();
        this.spooler = new Spooler(pipeline, new Backoff(settings.minBackoff(), settings.maxBackoff()), spoolerHealth);
        this.databaseWriter = new DatabaseWriter(store, pipeline,
                new Backoff(settings.minBackoff(), settings.maxBackoff()), writerHealth);
    }

    /** Starts the writer; calls left in the journal by an earlier run are written first. */
    public static RecordWriter start(RecordsStore store, RecordWriterSettings settings) {
        try {
            RecordWriter writer = new RecordWriter(store, settings);
            writer.spoolerThread = writer.spoolerHealth.start(writer.spooler);
            writer.writerThread = writer.writerHealth.start(writer.databaseWriter);
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the records journal " + settings.journalDirectory(), e);
        }
    }

    /**
     * Queues one finished call for writing and returns at once; never throws. A call is dropped
     * (and logged) only when the writer is closed, or when both the memory queue and the
     * journal's disk budget are full.
     */
    public void submit(CallRecord call, List<CallEventRecord> events) {
        submit(call, () -> new RecordedCall(call, events == null ? List.of() : events));
    }

    /**
     * Like {@link #submit(CallRecord, List)}, the events made by {@code events} when the call is
     * written or journaled, on the writer's threads: turning a trace into its JSON lines costs the
     * call's thread, just woken at the call's end, several times what it costs the writer working
     * through a batch of calls (docs/benchmarks.md, eighth round). {@code events} must not change
     * after this call.
     */
    public void submitLater(CallRecord call, java.util.function.Supplier<List<CallEventRecord>> events) {
        submit(call, () -> RecordedCall.later(call, events));
    }

    private void submit(CallRecord call, java.util.function.Supplier<RecordedCall> recorded) {
        try {
            if (call == null) {
                dropped("(none)", "a null call record was submitted");
            } else if (closing) {
                dropped(call.callId(), "the records writer is closed");
            } else {
                counters.inFlight.incrementAndGet();
                if (memory.offer(recorded.get())) {
                    counters.submitted.incrementAndGet();
                } else {
                    counters.inFlight.decrementAndGet();
                    dropped(call.callId(), "the records store is not keeping up and the journal is full");
                }
            }
        } catch (RuntimeException e) {
            dropped(call == null ? "(none)" : call.callId(), "it could not be queued: " + e.getMessage());
        }
    }

    /** Calls accepted by {@link #submit}. */
    public long submitted() {
        return counters.submitted.get();
    }

    /** Calls waiting in memory (not yet in the database or the journal). */
    public long queued() {
        return counters.inFlight.get();
    }

    /** Calls inserted into the database (by this writer, from memory or the journal). */
    public long written() {
        return counters.written.get();
    }

    /**
     * Database transactions that wrote calls: each writes one call, or several together (up to
     * {@value DatabaseWriter#WRITE_BATCH}); {@link #written()} over this is the calls per transaction.
     */
    public long transactions() {
        return counters.transactions.get();
    }

    /** Rounds in which the spooler took calls from memory: {@link #submitted()} over this is the calls a wake-up moves. */
    long spoolerRounds() {
        return counters.spoolerRounds.get();
    }

    /** Calls found already stored when replayed (a write whose acknowledgement was lost). */
    public long duplicates() {
        return counters.duplicates.get();
    }

    /** Calls that went to the on-disk journal because the database was down or slow. */
    public long spilled() {
        return counters.spilled.get();
    }

    /** Calls in the journal not yet written to the database. */
    public long pendingOnDisk() {
        return journal.pending();
    }

    /** Calls lost: submitted after close, or with memory and the journal's budget both full. */
    public long dropped() {
        return counters.dropped.get();
    }

    /** Calls the database refused as bad data, kept in the journal directory's rejected.jsonl. */
    public long rejected() {
        return counters.rejected.get();
    }

    /** Database writes that failed and will be tried again. */
    public long failedAttempts() {
        return counters.failedAttempts.get();
    }

    /** Its two threads, for {@code /health}: a dead or stuck one means records are not kept. */
    public List<SharedThread> sharedThreads() {
        return List.of(spoolerHealth, writerHealth);
    }

    /** True when every accepted call is in the database (nothing in memory or on disk). */
    public boolean drained() {
        return counters.inFlight.get() == 0 && journal.pending() == 0;
    }

    /**
     * Stops taking calls, writes what it can until the deadline, then puts whatever is left into
     * the journal for the next start.
     *
     * @return {@code true} when everything reached the database
     */
    public boolean close(Duration deadline) {
        closing = true;
        long end = System.nanoTime() + deadline.toNanos();
        while (!drained() && System.nanoTime() < end) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        spoolerHealth.stopping();
        writerHealth.stopping();
        stop.countDown();
        join(spoolerThread);
        join(writerThread);
        int left = journalLeftovers();
        closeJournal();
        boolean complete = drained() && left == 0;
        LOG.info("records writer closed: {} calls written, {} left in the journal {} for the next start",
                written(), journal.pending(), journal.directory());
        return complete;
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    private int journalLeftovers() {
        List<RecordedCall> left = new ArrayList<>();
        lane.drainTo(left);
        if (!spoolerThread.isAlive()) {
            left.addAll(spooler.held());
        }
        memory.drainTo(left);
        if (left.isEmpty()) {
            return 0;
        }
        try {
            journal.append(left);
            counters.inFlight.addAndGet(-left.size());
        } catch (IOException e) {
            LOG.error("records writer closing: {} calls could not be kept in the journal {} ({}): lost",
                    left.size(), journal.directory(), e.getMessage());
            counters.dropped.addAndGet(left.size());
        }
        return left.size();
    }

    private void closeJournal() {
        try {
            journal.close();
        } catch (IOException e) {
            LOG.error("records journal {} did not close cleanly: {}", journal.directory(), e.getMessage());
        }
    }

    private void dropped(String callId, String why) {
        long count = counters.dropped.incrementAndGet();
        long now = System.nanoTime();
        if (count == 1 || now - lastDropLog > DROP_LOG_INTERVAL_NANOS) {
            lastDropLog = now;
            LOG.error("call record {} dropped: {} ({} dropped so far; raise the journal budget or bring"
                    + " the records store back)", callId, why, count);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
