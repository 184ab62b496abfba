package org.centralita.flows.executable;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.expr.Expression;

/**
 * Hands the call to an ACD queue.
 *
 * @param timeout the longest wait before overflow, or null for the queue's own
 * @param context name to expression, handed to the agent's CRM screen
 * @param overflow where the call goes when the queue overflows, or null
 */
public record QueueNode(String id, String queue, int priority, Duration timeout,
                        boolean announcePosition, Map<String, Expression> context, String overflow,
                        String error) implements ExecutableNode {
    public QueueNode {
        context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
    }
}
