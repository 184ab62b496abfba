package org.centralita.runtime.engine;

import java.util.Map;

/**
 * A call the engine handed to an ACD queue, as told to a {@link HandoffListener}: what the
 * agent's CRM screen needs. The context is as the trace shows it: a value read from a sensitive
 * variable is {@code ***}, never in clear.
 *
 * @param callId the call's id ({@code CENTRALITA_CALL_ID})
 * @param flowId the flow (the subflow, when a subflow handed the call over)
 * @param version the flow's version
 * @param node the queue node
 * @param queue the ACD queue
 * @param priority the caller's priority in the queue
 * @param context the node's context, masked
 */
public record QueueHandoff(String callId, String flowId, String version, String node, String queue, int priority,
                           Map<String, Object> context) {

    public QueueHandoff {
        context = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context));
    }
}
