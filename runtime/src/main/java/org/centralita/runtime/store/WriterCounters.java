package org.centralita.runtime.store;

import java.util.concurrent.atomic.AtomicLong;

/** What the record writer has done so far, shared by its threads. */
final class WriterCounters {
    /** Calls accepted and neither in the database nor in the journal yet. */
    final AtomicLong inFlight = new AtomicLong();
    final AtomicLong submitted = new AtomicLong();
    final AtomicLong written = new AtomicLong();
    /** Transactions that wrote calls (one call, or several together): written / transactions is calls per transaction. */
    final AtomicLong transactions = new AtomicLong();
    /** Rounds in which the spooler took calls from memory: submitted / rounds is calls per wake-up. */
    final AtomicLong spoolerRounds = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong spilled = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong failedAttempts = new AtomicLong();
}
