package org.centralita.runtime.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A process for {@link RecordWriterKillTest} to kill: starts a records writer on a journal
 * directory against a store (down, or up), submits calls, and then waits to be killed (never
 * closing the writer). Arguments: the journal directory, the store's JDBC URL, the number of calls,
 * and optionally {@code announce}: print {@link #WRITTEN} once the writer has committed them all.
 */
public final class WriterUntilKilled {

    static final String WRITTEN = "all calls written";

    private WriterUntilKilled() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path journal = Path.of(args[0]);
        RecordsStore store = RecordsStore.open(new StoreSettings(args[1], null, null, 2, Duration.ofMillis(300)));
        // ten minutes: only the store being known down can send the calls to the journal in the test's time
        RecordWriter writer = RecordWriter.start(store, RecordWriterSettings.defaults(journal.getParent())
                .withJournal(journal).withBackoff(Duration.ofMillis(20), Duration.ofMillis(200))
                .withSpillAfter(Duration.ofMinutes(10)));
        int calls = Integer.parseInt(args[2]);
        for (int i = 0; i < calls; i++) {
            writer.submit(SampleCalls.call("killed-" + i, "node-a"), SampleCalls.events("killed-" + i));
        }
        if (args.length > 3 && args[3].equals("announce")) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                    .pollInterval(java.time.Duration.ofMillis(1)).until(() -> writer.written() >= calls);
            System.out.println(WRITTEN);
            System.out.flush();
        }
        new CountDownLatch(1).await();
    }
}
