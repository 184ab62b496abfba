package org.centralita.runtime.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relational store of call records and published flow versions (H2 or PostgreSQL).
 *
 * <p>Opening never needs the database to be up: the schema is migrated at the first successful
 * contact, so a runtime starts and takes calls while its store is down (records wait in the
 * {@link RecordWriter}'s journal).
 */
public final class RecordsStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecordsStore.class);

    private final StoreSettings settings;
    private final HikariDataSource dataSource;
    private final AtomicBoolean migrated = new AtomicBoolean();
    private final CallRecords calls;
    private final FlowVersions flowVersions;

    private RecordsStore(StoreSettings settings) {
        this.settings = settings;
        this.dataSource = new HikariDataSource(poolConfig(settings));
        this.calls = new CallRecords(this);
        this.flowVersions = new FlowVersions(this);
    }

    /** Opens the store and migrates its schema if the database answers now. */
    public static RecordsStore open(StoreSettings settings) {
        RecordsStore store = new RecordsStore(settings);
        try {
            store.ensureMigrated();
        } catch (RecordsStoreException e) {
            LOG.warn("records store {} is not reachable yet ({}); records wait on disk until it is",
                    store.describe(), e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        }
        return store;
    }

    public static RecordsStore open(String url) {
        return open(StoreSettings.of(url));
    }

    /** Applies the Flyway migrations once; safe when several runtimes start together. */
    public void ensureMigrated() {
        if (migrated.get()) {
            return;
        }
        synchronized (migrated) {
            if (migrated.get()) {
                return;
            }
            try {
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                        .javaMigrations(FillReportSums.all(), FillReportSums.byFlow()).load().migrate();
                migrated.set(true);
            } catch (RuntimeException e) {
                throw new RecordsStoreException("could not migrate the records store " + describe(), e);
            }
        }
    }

    /** A pooled connection; the schema is migrated first. */
    public Connection connection() throws SQLException {
        ensureMigrated();
        return dataSource.getConnection();
    }

    public CallRecords calls() {
        return calls;
    }

    public FlowVersions flowVersions() {
        return flowVersions;
    }

    public StoreSettings settings() {
        return settings;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean postgres() {
        return settings.postgres();
    }

    /** The URL without credentials, for logs. */
    public String describe() {
        int query = settings.url().indexOf('?');
        return query < 0 ? settings.url() : settings.url().substring(0, query);
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariConfig poolConfig(StoreSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("records-store");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.effectiveUser());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(Math.max(250, settings.connectTimeout().toMillis()));
        config.setValidationTimeout(Math.max(250, settings.connectTimeout().toMillis() / 2));
        // Start even when the database is down: the writer's journal covers the gap.
        config.setInitializationFailTimeout(-1);
        config.setExceptionOverride(new BrokenConnectionOverride());
        if (settings.postgres()) {
            long seconds = Math.max(1, settings.connectTimeout().toSeconds());
            config.addDataSourceProperty("connectTimeout", String.valueOf(seconds));
            config.addDataSourceProperty("socketTimeout", "30");
            config.addDataSourceProperty("tcpKeepAlive", "true");
            // a JDBC batch of inserts (a call's trace, queue events) goes as multi-row INSERTs
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return config;
    }
}
