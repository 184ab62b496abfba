package org.centralita.runtime.engine;

import java.util.Map;

/**
 * Where the engine reads the state of ACD queues for {@code call.queues}: the AMI queue-status
 * cache in a runtime, nothing at all in a simulation. Reads come from memory: they never block
 * a call and never fail.
 */
public interface QueueStates {

    /** No queue state at all: every queue is unknown. */
    QueueStates NONE = new QueueStates() {
        @Override
        public QueueState state(String queue) {
            return QueueState.unknown();
        }

        @Override
        public Map<String, QueueState> known() {
            return Map.of();
        }
    };

    /** The state of {@code queue}; {@link QueueState#unknown()} when the runtime does not know it. */
    QueueState state(String queue);

    /** Every queue whose state is known now, by name. */
    Map<String, QueueState> known();
}
