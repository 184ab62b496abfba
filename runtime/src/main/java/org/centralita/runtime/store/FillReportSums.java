package org.centralita.runtime.store;

import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 22: sums the rows a store already holds into the report sums tables of migration 21,
 * with the default thresholds (5 s short abandon, 20 s service level); later rows are added as
 * they are written. Migration 24 ({@link #byFlow()}) attributes the visits to queues already
 * stored to their call's flow and sums them per flow (table of migration 23). Both run before the
 * hold columns of migration 25 exist (no hold was known then: they start at 0), and before the
 * calls' nodes of migration 31 (every call then had its nodes entered as rows).
 */
final class FillReportSums implements JavaMigration {

    private final String version;

    private FillReportSums(String version) {
        this.version = version;
    }

    /** Migration 22. */
    static FillReportSums all() {
        return new FillReportSums("22");
    }

    /** Migration 24. */
    static FillReportSums byFlow() {
        return new FillReportSums("24");
    }

    /** The thresholds of {@code ReportSettings.defaults()}. */
    static final int SHORT_ABANDON_SECONDS = 5;
    static final int SERVICE_LEVEL_SECONDS = 20;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return version.equals("22") ? "fill report sums" : "fill report sums by flow";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        if (version.equals("22")) {
            ReportSums.rebuildAllButQueueFlows(context.getConnection(), false, false, SHORT_ABANDON_SECONDS, SERVICE_LEVEL_SECONDS, Map.of(),
                    step -> { });
        } else {
            ReportSums.rebuildQueueFlows(context.getConnection(), false, SHORT_ABANDON_SECONDS, SERVICE_LEVEL_SECONDS, Map.of(),
                    step -> { });
        }
    }
}
