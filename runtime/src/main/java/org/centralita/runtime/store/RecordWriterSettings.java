package org.centralita.runtime.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link RecordWriter} buffers records while the database is slow or down.
 *
 * @param journalDirectory where the on-disk journal of unwritten calls lives
 * @param queueCapacity the most calls held in memory before they must go to the journal
 * @param journalMaxBytes the journal's disk budget; past it new records wait in memory, then drop
 * @param minBackoff the first pause after a failed database write
 * @param maxBackoff the longest pause between attempts
 * @param spillAfter the longest a call waits in memory for a database that hangs before it is
 *        forced to the journal (a store known down sends calls there at once)
 */
public record RecordWriterSettings(Path journalDirectory, int queueCapacity, long journalMaxBytes,
                                   Duration minBackoff, Duration maxBackoff, Duration spillAfter) {

    /** How long a call may wait in memory for a database that does not answer, unless told otherwise. */
    public static final Duration DEFAULT_SPILL_AFTER = Duration.ofSeconds(1);

    public RecordWriterSettings {
        Objects.requireNonNull(journalDirectory, "journalDirectory");
        Objects.requireNonNull(spillAfter, "spillAfter");
        if (spillAfter.isNegative() || spillAfter.isZero()) {
            throw new IllegalArgumentException("store.spill-after must be positive, was " + spillAfter);
        }
        Objects.requireNonNull(minBackoff, "minBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (queueCapacity < 1 || journalMaxBytes < 1) {
            throw new IllegalArgumentException("queue capacity and journal budget must be positive");
        }
    }

    /** Settings that force a call to the journal after {@link #DEFAULT_SPILL_AFTER} in memory. */
    public RecordWriterSettings(Path journalDirectory, int queueCapacity, long journalMaxBytes,
                                Duration minBackoff, Duration maxBackoff) {
        this(journalDirectory, queueCapacity, journalMaxBytes, minBackoff, maxBackoff, DEFAULT_SPILL_AFTER);
    }

    /** 10,000 calls in memory, a 1 GiB journal under {@code dataDir/records-journal}, 0.1-5 s back-off, 1 s spill. */
    public static RecordWriterSettings defaults(Path dataDir) {
        return new RecordWriterSettings(dataDir.resolve("records-journal"), 10_000, 1L << 30,
                Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    public RecordWriterSettings withJournal(Path directory) {
        return new RecordWriterSettings(directory, queueCapacity, journalMaxBytes, minBackoff, maxBackoff, spillAfter);
    }

    public RecordWriterSettings withBackoff(Duration min, Duration max) {
        return new RecordWriterSettings(journalDirectory, queueCapacity, journalMaxBytes, min, max, spillAfter);
    }

    public RecordWriterSettings withLimits(int capacity, long maxBytes) {
        return new RecordWriterSettings(journalDirectory, capacity, maxBytes, minBackoff, maxBackoff, spillAfter);
    }

    public RecordWriterSettings withSpillAfter(Duration after) {
        return new RecordWriterSettings(journalDirectory, queueCapacity, journalMaxBytes, minBackoff, maxBackoff, after);
    }
}
