package org.centralita.runtime.reports;

import java.time.Instant;
import java.util.Objects;

/**
 * One queue event from Asterisk, from either source, in the form the records store keeps.
 *
 * @param at when it happened (queue_log and AMI give whole seconds or better)
 * @param callId the call's id (queue_log's call id column, AMI's CENTRALITA_CALL_ID or Uniqueid), or null
 * @param queue the queue, or null for an event of no queue
 * @param agent the agent (member name), or null
 * @param kind what happened
 * @param waitSeconds the caller's wait in the queue (app_queue's "holdtime"), or null
 * @param talkSeconds the conversation's length, or null
 * @param ringMillis how long the agent's phone rang (RINGNOANSWER), or null
 * @param position the caller's position in the queue, or null
 * @param detail the pause reason, exit key or transfer target, or null
 * @param source {@code queue_log} or {@code ami}
 */
public record QueueEvent(Instant at, String callId, String queue, String agent, QueueEventKind kind,
                         Integer waitSeconds, Integer talkSeconds, Integer ringMillis, Integer position,
                         String detail, String source) {

    public static final String QUEUE_LOG = "queue_log";
    public static final String AMI = "ami";

    public QueueEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    /** The key that makes a second copy of this event (same file twice) a duplicate. */
    public String key() {
        return kind + "|" + nonNull(callId) + "|" + nonNull(queue) + "|" + nonNull(agent) + "|" + at.getEpochSecond();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
