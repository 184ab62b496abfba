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
 */
public record RecordWriterSettings(Path journalDirectory, int queueCapacity, long journalMaxBytes,
                                   Duration minBackoff, Duration maxBackoff) {

    public RecordWriterSettings {
        Objects.requireNonNull(journalDirectory, "journalDirectory");
        Objects.requireNonNull(minBackoff, "minBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (queueCapacity < 1 || journalMaxBytes < 1) {
            throw new IllegalArgumentException("queue capacity and journal budget must be positive");
        }
    }

    /** 10,000 calls in memory, a 1 GiB journal under {@code dataDir/records-journal}, 0.1-5 s back-off. */
    public static RecordWriterSettings defaults(Path dataDir) {
        return new RecordWriterSettings(dataDir.resolve("records-journal"), 10_000, 1L << 30,
                Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    public RecordWriterSettings withJournal(Path directory) {
        return new RecordWriterSettings(directory, queueCapacity, journalMaxBytes, minBackoff, maxBackoff);
    }

    public RecordWriterSettings withBackoff(Duration min, Duration max) {
        return new RecordWriterSettings(journalDirectory, queueCapacity, journalMaxBytes, min, max);
    }

    public RecordWriterSettings withLimits(int capacity, long maxBytes) {
        return new RecordWriterSettings(journalDirectory, capacity, maxBytes, minBackoff, maxBackoff);
    }
}
