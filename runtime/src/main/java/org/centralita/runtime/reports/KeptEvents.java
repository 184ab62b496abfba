package org.centralita.runtime.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events already kept around a batch's time span, to recognize a second copy in memory: the
 * same kind for the same call and queue (or the same agent and queue, for agent events), stamped
 * within {@link QueueEventStore#SAME_EVENT_SECONDS} of each other.
 */
final class KeptEvents {

    private final Map<String, List<Long>> seen = new HashMap<>();

    /** Whether this event, or the same one a few seconds off, is here already. */
    boolean contains(QueueEvent event) {
        String identity = identity(event.kind().name(), event.callId(), event.queue(), event.agent());
        if (identity == null) {
            return false;
        }
        long at = event.at().getEpochSecond();
        for (long other : seen.getOrDefault(identity, List.of())) {
            if (Math.abs(other - at) <= QueueEventStore.SAME_EVENT_SECONDS) {
                return true;
            }
        }
        return false;
    }

    void add(QueueEvent event) {
        add(event.kind().name(), event.callId(), event.queue(), event.agent(), event.at());
    }

    void add(String kind, String callId, String queue, String agent, Instant at) {
        String identity = identity(kind, callId, queue, agent);
        if (identity != null) {
            seen.computeIfAbsent(identity, k -> new ArrayList<>()).add(at.getEpochSecond());
        }
    }

    /**
     * A call's event is its call and queue (a hold, of no queue: its call); an agent's is its agent
     * and queue; neither: never a duplicate.
     */
    private static String identity(String kind, String callId, String queue, String agent) {
        if (callId != null && queue != null) {
            return "C\u0000" + kind + '\u0000' + callId + '\u0000' + queue;
        }
        if (callId != null && (QueueEventKind.HOLD.name().equals(kind) || QueueEventKind.UNHOLD.name().equals(kind))) {
            return "H\u0000" + kind + '\u0000' + callId;
        }
        if (agent != null) {
            return "A\u0000" + kind + '\u0000' + agent + '\u0000' + (queue == null ? "" : queue);
        }
        return null;
    }
}
