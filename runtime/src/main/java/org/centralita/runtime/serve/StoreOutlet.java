package org.centralita.runtime.serve;

import java.time.Duration;
import org.centralita.runtime.store.RecordWriter;
import org.centralita.runtime.store.RecordsStore;

/** The records store and its writer as the runtime's records outlet: flushed, then closed, at shutdown. */
final class StoreOutlet implements RecordsOutlet {

    private static final Duration FLUSH = Duration.ofSeconds(10);

    private final RecordsStore store;
    private final RecordWriter writer;

    StoreOutlet(RecordsStore store, RecordWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    @Override
    public String describe() {
        return store.describe() + (store.postgres() ? " (shared: published versions live there too)" : "");
    }

    @Override
    public void close() {
        // what the deadline does not let through waits in the journal for the next start
        writer.close(FLUSH);
        store.close();
    }
}
