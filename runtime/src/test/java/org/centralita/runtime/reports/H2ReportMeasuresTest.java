package org.centralita.runtime.reports;

import org.centralita.runtime.store.RecordsStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The measures over an H2 file store. */
class H2ReportMeasuresTest extends ReportMeasuresContract {

    @RegisterExtension
    static final ReportStores STORES = ReportStores.h2();

    @Override
    RecordsStore newStore() throws Exception {
        return STORES.newStore();
    }

    @Override
    String newStoreUrl() throws Exception {
        return STORES.newUrl();
    }
}
