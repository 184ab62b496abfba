package org.centralita.runtime.reports;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.centralita.runtime.config.ConfigException;
import org.centralita.runtime.config.ConfigReader;
import org.centralita.runtime.config.RuntimeConfig;
import org.centralita.runtime.config.ServiceConfig;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.RecordsStoreException;
import org.centralita.runtime.store.ReportSums;
import org.centralita.runtime.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code centralita report rebuild-sums}: sums every call record and queue visit of the store
 * into the sums per quarter hour anew, with the thresholds of the {@code reports:} section (after
 * the short-abandon or a service-level time was changed there), telling each table as it is done.
 * One transaction: a failure leaves the sums as they were.
 */
@Command(name = "rebuild-sums", mixinStandardHelpOptions = true,
        description = "Sum the stored calls and queue visits per quarter hour anew, with the reports: thresholds.")
public final class RebuildSumsCommand implements Callable<Integer> {

    /** Writers of these tables wait while the sums are rebuilt (PostgreSQL; in the order writers take them). */
    private static final String LOCK = "LOCK TABLE calls, call_events, queue_events, queue_calls IN SHARE MODE";

    @Option(names = "--config", paramLabel = "FILE", description = "centralita.yaml: the store and the reports: thresholds")
    java.nio.file.Path config;
    @Option(names = "--store", paramLabel = "URL", description = "the store's JDBC URL (instead of the configuration's)")
    String storeUrl;
    @Option(names = "--short-abandon", paramLabel = "S", description = "instead of reports.short-abandon (default 5)")
    Integer shortAbandon;
    @Option(names = "--service-level", paramLabel = "S",
            description = "instead of reports.service-level and service-level-queues: every queue (default 20)")
    Integer serviceLevel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((shortAbandon != null && shortAbandon < 0) || (serviceLevel != null && serviceLevel < 0)) {
            err.println("rebuild-sums: thresholds are seconds, 0 or more");
            return 1;
        }
        RuntimeConfig runtimeConfig;
        ReportSettings settings;
        StoreSettings storeSettings;
        try {
            runtimeConfig = config == null ? RuntimeConfig.defaults() : ConfigReader.read(config);
            settings = settings(ReportsConfig.from(runtimeConfig).settings());
            storeSettings = storeUrl != null ? StoreSettings.of(storeUrl)
                    : ServiceConfig.from(runtimeConfig).store().settings(System::getenv);
        } catch (ConfigException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        try (RecordsStore store = RecordsStore.open(storeSettings)) {
            out.println("rebuilding the report sums of " + store.describe() + ": short abandon under "
                    + settings.shortAbandonSeconds() + " s, service level " + describe(settings));
            out.flush();
            long start = System.nanoTime();
            try (Connection connection = store.connection()) {
                connection.setAutoCommit(false);
                try {
                    if (store.postgres()) {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute(LOCK);
                        }
                    }
                    ReportSums.rebuild(connection, settings.shortAbandonSeconds(), settings.defaultServiceLevelSeconds(),
                            settings.serviceLevelSeconds(), step -> {
                                out.println("  " + step.table() + ": " + step.rows() + " rows in " + millis(step.took()));
                                out.flush();
                            });
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
            out.println("report sums rebuilt in " + millis(Duration.ofNanos(System.nanoTime() - start)));
        } catch (SQLException e) {
            err.println("rebuild-sums: could not rebuild the report sums (they are left as they were): " + e.getMessage());
            return 1;
        } catch (RecordsStoreException e) {
            err.println("rebuild-sums: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** The configuration's thresholds, with the options given on the command line instead. */
    private ReportSettings settings(ReportSettings configured) {
        return configured.withThresholds(shortAbandon != null ? shortAbandon : configured.shortAbandonSeconds(),
                serviceLevel != null ? serviceLevel : configured.defaultServiceLevelSeconds(),
                serviceLevel != null ? Map.of() : configured.serviceLevelSeconds());
    }

    private static String describe(ReportSettings settings) {
        StringBuilder text = new StringBuilder(settings.defaultServiceLevelSeconds() + " s");
        new java.util.TreeMap<>(settings.serviceLevelSeconds()).forEach((queue, seconds) ->
                text.append(", ").append(queue).append(' ').append(seconds).append(" s"));
        return text.toString();
    }

    private static String millis(Duration took) {
        return took.toMillis() + " ms";
    }
}
