package org.centralita.flows.executable;

import java.time.Duration;

/** Records a message from the caller into {@code store} (may be null). */
public record RecordNode(String id, PromptSpec prompt, Duration maxDuration, boolean beep,
                         Duration silence, String terminator, String store, String next, String error)
        implements ExecutableNode {
}
