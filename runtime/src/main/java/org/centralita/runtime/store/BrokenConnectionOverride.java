package org.centralita.runtime.store;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the pool to throw away a connection whose database went away. Hikari already knows
 * PostgreSQL's connection errors (class 08); H2 reports a stopped server or closed database
 * with its own codes, and without this the pool would hand the dead connection out again.
 */
final class BrokenConnectionOverride implements SQLExceptionOverride {

    /** H2: connection broken, database closed, database is in exclusive mode / closing. */
    private static final Set<String> H2_GONE = Set.of("90067", "90121", "90098", "90135");

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || H2_GONE.contains(state))) {
            return Override.MUST_EVICT;
        }
        return Override.CONTINUE_EVICT;
    }
}
