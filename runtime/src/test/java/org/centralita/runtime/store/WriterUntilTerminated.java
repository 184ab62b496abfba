package org.centralita.runtime.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A process for {@link RecordWriterTerminateTest} to stop with SIGTERM: an embedded H2 records store
 * and its writer, closed by a shutdown hook as {@code centralita serve} closes them (the writer
 * flushed first, then the store). Submits calls, says on standard output how many are not written yet, and waits.
 * Arguments: the data directory, the store's JDBC URL, the number of calls.
 */
public final class WriterUntilTerminated {

    private WriterUntilTerminated() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path data = Path.of(args[0]);
        RecordsStore store = RecordsStore.open(args[1]);
        RecordWriter writer = RecordWriter.start(store, RecordWriterSettings.defaults(data));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            writer.close(Duration.ofSeconds(30));
            store.close();
        }, "test-shutdown"));
        int calls = Integer.parseInt(args[2]);
        for (int i = 0; i < calls; i++) {
            writer.submit(SampleCalls.call("terminated-" + i, "node-a"), SampleCalls.events("terminated-" + i));
        }
        System.out.println("submitted " + calls + ", not yet written " + (calls - writer.written()));
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
