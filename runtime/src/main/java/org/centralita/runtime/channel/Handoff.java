package org.centralita.runtime.channel;

import java.time.Duration;
import java.util.Map;

/** Where the flow hands the call over at its end. */
public sealed interface Handoff {

    /**
     * An ACD queue, with the context the agent's CRM screen needs; values read from a sensitive
     * variable are masked, as they go to channel variables and on to CDRs and logs.
     */
    record Queue(String queue, int priority, Duration timeout, boolean announcePosition,
                 Map<String, String> context) implements Handoff {
        public Queue {
            context = Map.copyOf(context);
        }
    }

    /**
     * A blind transfer to an endpoint or number.
     *
     * @param flowResumes whether the flow goes on when the callee is busy, does not answer or
     *                    cannot be reached (the node has such an outcome), so the result must come back
     */
    record Transfer(String to, Duration timeout, boolean flowResumes) implements Handoff {
        /** A transfer that ends the flow whatever becomes of it. */
        public Transfer(String to, Duration timeout) {
            this(to, timeout, false);
        }
    }

    /**
     * A voicemail box.
     *
     * @param flowResumes whether the flow goes on after the message (the node has a {@code next})
     */
    record Voicemail(String mailbox, boolean flowResumes) implements Handoff {
        /** A voicemail that ends the flow. */
        public Voicemail(String mailbox) {
            this(mailbox, false);
        }
    }

    /** A request to be called back on {@code number}, kept for {@code queue}. */
    record Callback(String number, String queue) implements Handoff {
    }
}
