package org.centralita.runtime.store;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the records store is and how to log in: the {@code store:} section of centralita.yaml.
 *
 * @param url a JDBC URL: {@code jdbc:h2:...} (embedded file database) or {@code jdbc:postgresql://...}
 * @param user the database user, or {@code null} to take it from the URL (H2 then defaults to "sa")
 * @param password the password, or {@code null} to take it from the URL
 * @param poolSize the most connections this runtime holds open
 * @param connectTimeout how long a caller of the store waits for a connection before it fails
 */
public record StoreSettings(String url, String user, String password, int poolSize,
                            Duration connectTimeout) {

    /** The default store: an H2 file database under ./data, nothing to install. */
    public static final String DEFAULT_URL = "jdbc:h2:./data/centralita";

    public StoreSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (!isH2(url) && !isPostgres(url)) {
            throw new IllegalArgumentException("store url '" + url
                    + "' is not supported: use jdbc:h2:PATH or jdbc:postgresql://HOST/DB");
        }
        if (poolSize < 2) {
            throw new IllegalArgumentException("store pool size must be at least 2, not " + poolSize);
        }
    }

    /** Settings for {@code url} with the user and password in the URL and default pool limits. */
    public static StoreSettings of(String url) {
        return new StoreSettings(url, null, null, 4, Duration.ofSeconds(3));
    }

    public static StoreSettings defaults() {
        return of(DEFAULT_URL);
    }

    public StoreSettings withCredentials(String newUser, String newPassword) {
        return new StoreSettings(url, newUser, newPassword, poolSize, connectTimeout);
    }

    /**
     * The URL the store's connections use: {@link #url} as given, except that an H2 database
     * writes every commit to its file as it commits ({@code WRITE_DELAY=0}) unless the URL sets its
     * own {@code WRITE_DELAY}. H2's default (500 ms) keeps committed rows in memory for up to half a
     * second, where a killed process loses them, and wakes a background writer several times a
     * second to write them: the records writer already commits in batches, so each commit written
     * at once is both safer and less work (docs/records.md, docs/benchmarks.md).
     */
    public String jdbcUrl() {
        if (!isH2(url) || url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
            return url;
        }
        return url + ";WRITE_DELAY=0";
    }

    public boolean postgres() {
        return isPostgres(url);
    }

    /** The user to log in with: H2 needs one even when the URL names none. */
    String effectiveUser() {
        if (user == null && isH2(url) && !url.toUpperCase(Locale.ROOT).contains(";USER=")) {
            return "sa";
        }
        return user;
    }

    private static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    private static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }
}
