package org.centralita.runtime.reports;

import org.centralita.runtime.store.RecordsStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The measures over a real PostgreSQL (a private cluster from Debian's package). */
class PostgresReportMeasuresTest extends ReportMeasuresContract {

    @RegisterExtension
    static final ReportStores STORES = ReportStores.postgres();

    @Override
    RecordsStore newStore() throws Exception {
        return STORES.newStore();
    }

    @Override
    String newStoreUrl() throws Exception {
        return STORES.newUrl();
    }
}
