package org.centralita.runtime.ami;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.asteriskjava.manager.event.QueueSummaryEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.centralita.runtime.engine.QueueState;

/**
 * The state of every queue as one QueueSummary answered it, and when.
 *
 * @param queues the state of each queue, by name
 * @param taken when Asterisk answered
 */
record QueueSnapshot(Map<String, QueueState> queues, Instant taken) {

    /** No snapshot yet, or none since the link dropped. */
    static final QueueSnapshot NONE = new QueueSnapshot(Map.of(), Instant.EPOCH);

    QueueSnapshot {
        queues = Map.copyOf(queues);
    }

    /** The snapshot in the QueueSummary events of one answer. */
    static QueueSnapshot of(Collection<ResponseEvent> events, Instant taken) {
        Map<String, QueueState> queues = new LinkedHashMap<>();
        for (ResponseEvent event : events) {
            if (event instanceof QueueSummaryEvent summary && summary.getQueue() != null) {
                queues.put(summary.getQueue(), new QueueState(true, orZero(summary.getCallers()),
                        orZero(summary.getLoggedIn()), orZero(summary.getAvailable()), orZero(summary.getHoldTime()),
                        orZero(summary.getLongestHoldTime())));
            }
        }
        return new QueueSnapshot(queues, taken);
    }

    /** Whether it is recent enough to route calls on. */
    boolean freshAt(Instant now, Duration maxAge) {
        return !taken.plus(maxAge).isBefore(now);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
