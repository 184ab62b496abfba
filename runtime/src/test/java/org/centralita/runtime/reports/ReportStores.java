package org.centralita.runtime.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.centralita.runtime.store.PostgresExtension;
import org.centralita.runtime.store.RecordsStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test a new, empty records store: an H2 file in a temporary directory, or a new
 * database of a private PostgreSQL cluster ({@link PostgresExtension}), one cluster per class.
 */
final class ReportStores implements BeforeAllCallback, AfterAllCallback {

    private final PostgresExtension postgres;
    private final AtomicInteger count = new AtomicInteger();
    private Path dir;

    private ReportStores(PostgresExtension postgres) {
        this.postgres = postgres;
    }

    static ReportStores h2() {
        return new ReportStores(null);
    }

    static ReportStores postgres() {
        return new ReportStores(new PostgresExtension());
    }

    RecordsStore newStore() throws Exception {
        return RecordsStore.open(newUrl());
    }

    /** The JDBC URL of a new, empty store (not yet migrated: opening it does). */
    String newUrl() throws Exception {
        return postgres != null ? postgres.newDatabase() : "jdbc:h2:" + dir.resolve("records-" + count.incrementAndGet());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (postgres != null) {
            postgres.beforeAll(context);
        } else {
            dir = Files.createTempDirectory("centralita-reports");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (postgres != null) {
            postgres.afterAll(context);
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
