package org.centralita.runtime.sim;

import org.centralita.runtime.channel.HandoffResult;

/**
 * How a simulated call's hand-offs go, so that every outcome can be tried without a phone:
 * queues deliver or overflow, transfers deliver, are busy, are not answered, or fail.
 */
public record HandoffPlan(HandoffResult queue, HandoffResult transfer) {

    /** Every hand-off delivered. */
    public static HandoffPlan delivered() {
        return new HandoffPlan(HandoffResult.DELIVERED, HandoffResult.DELIVERED);
    }
}
