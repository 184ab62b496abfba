package org.centralita.runtime.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Real database failures for tests, made by the database itself (a constraint, a trigger), so
 * the code under test sees exactly what a production failure gives it.
 */
public final class StoreFaults {

    private static final String CONSTRAINT = "refuse_new_versions";

    private StoreFaults() {
    }

    /** From now on a new version (2 or later) of {@code flowId} violates a check constraint (H2 and PostgreSQL). */
    public static void refuseNewVersionsOf(RecordsStore store, String flowId) throws SQLException {
        execute(store, "ALTER TABLE flow_versions ADD CONSTRAINT " + CONSTRAINT
                + " CHECK (flow_id <> '" + flowId + "' OR version < 2)");
    }

    /** Takes back {@link #refuseNewVersionsOf}. */
    public static void acceptNewVersions(RecordsStore store) throws SQLException {
        execute(store, "ALTER TABLE flow_versions DROP CONSTRAINT " + CONSTRAINT);
    }

    /**
     * PostgreSQL only: from now on saving a new version (2 or later) of {@code flowId} kills the
     * saving connection's server process, as a crashed backend or a cut network would.
     */
    public static void breakConnectionOnNewVersionOf(RecordsStore store, String flowId) throws SQLException {
        execute(store, """
                CREATE FUNCTION break_connection() RETURNS trigger AS $$
                BEGIN
                    IF NEW.flow_id = '%s' AND NEW.version > 1 THEN
                        PERFORM pg_terminate_backend(pg_backend_pid());
                        PERFORM pg_sleep(5);
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(flowId));
        execute(store, "CREATE TRIGGER break_connection BEFORE INSERT ON flow_versions"
                + " FOR EACH ROW EXECUTE FUNCTION break_connection()");
    }

    private static void execute(RecordsStore store, String sql) throws SQLException {
        try (Connection connection = store.connection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
