package org.centralita.runtime.reports;

import org.centralita.runtime.store.RecordsStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Queue events into a real PostgreSQL (a private cluster from Debian's package). */
class PostgresQueueEventsTest extends QueueEventsContract {

    @RegisterExtension
    static final ReportStores STORES = ReportStores.postgres();

    @Override
    RecordsStore newStore() throws Exception {
        return STORES.newStore();
    }
}
