package org.centralita.runtime.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the runtime knows of one ACD queue at this moment, as flows read it under
 * {@code call.queues.NAME}. An unknown state (no AMI, AMI down, no such queue) has no numbers.
 *
 * @param known whether the numbers below are fresh from Asterisk
 * @param waiting callers waiting in the queue
 * @param loggedIn agents (members) logged in: not unavailable or invalid
 * @param available agents who could take a call now: logged in, not paused, not on a call
 * @param holdtime Asterisk's average hold time of the queue, in seconds
 * @param longestWait how long the caller waiting longest has waited, in seconds (0 with none)
 */
public record QueueState(boolean known, int waiting, int loggedIn, int available, int holdtime, int longestWait) {

    private static final QueueState UNKNOWN = new QueueState(false, 0, 0, 0, 0, 0);

    /** The state of a queue the runtime knows nothing about now. */
    public static QueueState unknown() {
        return UNKNOWN;
    }

    /**
     * The names an expression reads: {@code known}, {@code waiting}, {@code logged_in},
     * {@code available}, {@code holdtime}, {@code longest_wait}; the numbers are null when unknown,
     * so that a comparison not guarded by {@code known} fails rather than routes on made-up zeros.
     */
    public Map<String, Object> asNames() {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("known", known);
        names.put("waiting", known ? waiting : null);
        names.put("logged_in", known ? loggedIn : null);
        names.put("available", known ? available : null);
        names.put("holdtime", known ? holdtime : null);
        names.put("longest_wait", known ? longestWait : null);
        return names;
    }
}
