package org.centralita.runtime.store;

import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 22: sums the rows a store already holds into the report sums tables of migration 21,
 * with the default thresholds (5 s short abandon, 20 s service level); later rows are added as
 * they are written.
 */
final class FillReportSums implements JavaMigration {

    /** The thresholds of {@code ReportSettings.defaults()}. */
    static final int SHORT_ABANDON_SECONDS = 5;
    static final int SERVICE_LEVEL_SECONDS = 20;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("22");
    }

    @Override
    public String getDescription() {
        return "fill report sums";
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
        ReportSums.rebuild(context.getConnection(), SHORT_ABANDON_SECONDS, SERVICE_LEVEL_SECONDS, Map.of());
    }
}
