package org.centralita.runtime.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.centralita.runtime.store.RecordWriterSettings;
import org.centralita.runtime.store.StoreSettings;

/**
 * The {@code store} section of centralita.yaml: the JDBC URL, and the user and the environment
 * variable holding the password when they are not in the URL (a password never sits in the file).
 *
 * @param url {@code jdbc:h2:...} (the default) or {@code jdbc:postgresql://...}
 * @param user the database user, or null to take it from the URL
 * @param passwordEnv the environment variable with the password, or null
 * @param journalDir where records wait on disk while the database is down (one per runtime)
 * @param spillAfter the longest a call's record waits in memory for a database that hangs
 */
public record StoreConfig(String url, String user, String passwordEnv, Path journalDir, Duration spillAfter) {

    /** The journal's directory when the file names none. */
    public static final Path DEFAULT_JOURNAL = Path.of("./data/records-journal");

    public static StoreConfig defaults() {
        return new StoreConfig(StoreSettings.DEFAULT_URL, null, null, DEFAULT_JOURNAL,
                RecordWriterSettings.DEFAULT_SPILL_AFTER);
    }

    /** The store settings, the password read from {@code environment} (e.g. {@code System::getenv}). */
    public StoreSettings settings(UnaryOperator<String> environment) {
        StoreSettings settings = StoreSettings.of(url);
        String password = passwordEnv == null ? null : environment.apply(passwordEnv);
        return user == null && password == null ? settings : settings.withCredentials(user, password);
    }

    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
