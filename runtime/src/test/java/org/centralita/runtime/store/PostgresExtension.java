package org.centralita.runtime.store;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one private PostgreSQL cluster per test class ({@code @RegisterExtension static}) and
 * gives each test a fresh database, so tests never depend on one another.
 */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private PostgresCluster cluster;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        cluster = PostgresCluster.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    public PostgresCluster cluster() {
        return cluster;
    }

    /** The JDBC URL of a new empty database. */
    public String newDatabase() throws Exception {
        return cluster.createDatabase("records_" + DATABASES.incrementAndGet());
    }
}
