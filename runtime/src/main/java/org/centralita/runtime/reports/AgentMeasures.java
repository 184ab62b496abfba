package org.centralita.runtime.reports;

/**
 * One agent's day (or period) in the queues.
 *
 * @param loggedInSeconds time the agent was a member of at least one queue (log-in to log-off)
 * @param pausedSeconds logged-in time the agent was paused
 * @param answered calls the agent answered
 * @param talkSeconds the sum of those calls' talk times as Asterisk counts them (answer to end, hold included)
 * @param ringNoAnswer times the agent's phone rang out unanswered
 * @param talked answered calls that completed (with a talk time)
 * @param holdSeconds the seconds those completed calls spent on hold
 * @param wrapSeconds the wrap-up time after those completed calls (each queue's wrap-up seconds)
 */
public record AgentMeasures(long loggedInSeconds, long pausedSeconds, long answered, long talkSeconds, long ringNoAnswer,
                            long talked, long holdSeconds, long wrapSeconds) {

    /** Talk (hold included: the agent is on the call) over available time (logged in less paused), in percent; 0 when never available. */
    public double occupancy() {
        return 100.0 * QueueMeasures.ratio(talkSeconds, loggedInSeconds - pausedSeconds);
    }

    /** Calls answered per logged-in hour (productivity). */
    public double callsPerHour() {
        return QueueMeasures.ratio(answered * 3600, loggedInSeconds);
    }

    /** The talk time with the time on hold left out, seconds. */
    public long talkWithoutHoldSeconds() {
        return talkSeconds - holdSeconds;
    }

    /** Average handle time: (talk + hold + wrap-up) ÷ completed calls, seconds. */
    public double averageHandleTime() {
        return QueueMeasures.ratio(talkSeconds + wrapSeconds, talked);
    }
}
