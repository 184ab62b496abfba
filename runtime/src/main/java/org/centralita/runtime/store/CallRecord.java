package org.centralita.runtime.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The summary of one call as kept in the records store (values already masked by the engine).
 *
 * @param callId the call's unique id (the key: a second write of the same id is ignored)
 * @param flowId the flow that answered the call
 * @param flowVersion the published version of that flow the call ran
 * @param runtimeNode the name of the runtime process that ran the call (several share a store)
 * @param ani the caller's number ("" when withheld)
 * @param dnis the number dialled
 * @param language the call's language tag
 * @param startedAt when the call started
 * @param endedAt when the call ended
 * @param durationMs the call's length in milliseconds
 * @param outcome how the call left the flow ({@code queue}, {@code transfer}, {@code hangup}, ...)
 * @param queue the queue the call was handed to, or {@code null}
 * @param lastNode the last node the call entered
 * @param errorMessage the failure that took the call to the error path, or {@code null}
 */
public record CallRecord(String callId, String flowId, String flowVersion, String runtimeNode,
                         String ani, String dnis, String language, Instant startedAt,
                         Instant endedAt, long durationMs, String outcome, String queue,
                         String lastNode, String errorMessage) {

    public CallRecord {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
