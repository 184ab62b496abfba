package org.centralita.runtime.reports;

import java.util.List;

/**
 * What the wallboard shows now: per queue the callers waiting, the longest wait and today's
 * service level; the agents available, busy and paused.
 *
 * @param at when it was taken (ISO instant)
 */
public record WallboardSnapshot(String at, List<QueueNow> queues, AgentsNow agents) {

    /** One queue now, and its day so far. */
    public record QueueNow(String queue, long waiting, long longestWaitSeconds, long offeredToday, long answeredToday,
                           long abandonedToday, double serviceLevelToday) { }

    /** The agents now: busy on a call, paused, or free to take one. */
    public record AgentsNow(long loggedIn, long available, long busy, long paused) { }
}
