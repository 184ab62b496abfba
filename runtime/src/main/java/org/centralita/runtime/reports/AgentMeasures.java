package org.centralita.runtime.reports;

/**
 * One agent's day (or period) in the queues.
 *
 * @param loggedInSeconds time the agent was a member of at least one queue (log-in to log-off)
 * @param pausedSeconds logged-in time the agent was paused
 * @param answered calls the agent answered
 * @param talkSeconds the sum of those calls' talk times
 * @param ringNoAnswer times the agent's phone rang out unanswered
 */
public record AgentMeasures(long loggedInSeconds, long pausedSeconds, long answered, long talkSeconds, long ringNoAnswer) {

    /** Talk over available time (logged in less paused), in percent; 0 when never available. */
    public double occupancy() {
        return 100.0 * QueueMeasures.ratio(talkSeconds, loggedInSeconds - pausedSeconds);
    }

    /** Calls answered per logged-in hour (productivity). */
    public double callsPerHour() {
        return QueueMeasures.ratio(answered * 3600, loggedInSeconds);
    }
}
