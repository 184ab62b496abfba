package org.centralita.runtime.channel;

import java.time.Duration;
import java.util.Map;

/** Where the flow hands the call over at its end. */
public sealed interface Handoff {

    /** An ACD queue, with the context the agent's CRM screen needs. */
    record Queue(String queue, int priority, Duration timeout, boolean announcePosition,
                 Map<String, String> context) implements Handoff {
        public Queue {
            context = Map.copyOf(context);
        }
    }

    /** A blind transfer to an endpoint or number. */
    record Transfer(String to, Duration timeout) implements Handoff {
    }

    /** A voicemail box. */
    record Voicemail(String mailbox) implements Handoff {
    }

    /** A request to be called back on {@code number}, kept for {@code queue}. */
    record Callback(String number, String queue) implements Handoff {
    }
}
