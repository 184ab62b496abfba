package org.centralita.runtime.reports;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Replays one agent's membership and pause events in time order and adds up, within a period,
 * the time logged in (a member of any queue) and the part of it paused.
 */
final class AgentTimeline {

    private final Instant from;
    private final Instant end;
    private final Set<String> memberships = new HashSet<>();
    private boolean paused;
    private Instant last;
    private long loggedInSeconds;
    private long pausedSeconds;

    AgentTimeline(Instant from, Instant end) {
        this.from = from;
        this.end = end;
    }

    void apply(QueueEventKind kind, String queue, Instant at) {
        advanceTo(at);
        String membership = queue == null ? "*" : queue;
        switch (kind) {
            case ADDMEMBER, AGENTLOGIN -> memberships.add(membership);
            case REMOVEMEMBER, AGENTLOGOFF -> {
                if (queue == null) {
                    memberships.clear();
                } else {
                    memberships.remove(membership);
                }
            }
            case PAUSE -> paused = true;
            case UNPAUSE -> paused = false;
            default -> { }
        }
    }

    /** Whether the agent is a member of a queue after the events applied so far. */
    boolean loggedIn() {
        return !memberships.isEmpty();
    }

    /** Whether the agent is paused after the events applied so far. */
    boolean paused() {
        return paused;
    }

    long loggedInSeconds() {
        advanceTo(end);
        return loggedInSeconds;
    }

    long pausedSeconds() {
        advanceTo(end);
        return pausedSeconds;
    }

    /** Counts the time since the last event, the part of it inside [from, end). */
    private void advanceTo(Instant at) {
        if (last != null && !memberships.isEmpty()) {
            Instant start = last.isBefore(from) ? from : last;
            Instant stop = at.isAfter(end) ? end : at;
            long seconds = Math.max(0, stop.getEpochSecond() - start.getEpochSecond());
            loggedInSeconds += seconds;
            if (paused) {
                pausedSeconds += seconds;
            }
        }
        if (last == null || at.isAfter(last)) {
            last = at;
        }
    }
}
