package org.centralita.runtime.agi;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.centralita.runtime.channel.Handoff;

/**
 * The channel variables of the dialplan contract for a hand-off: CENTRALITA_QUEUE,
 * CENTRALITA_PRIORITY, QUEUE_PRIO, CENTRALITA_TIMEOUT, CENTRALITA_ANNOUNCE_POSITION (yes/no: an
 * extension, for the dialplan to say the caller's place) and {@code __CENTRALITA_CTX_<NAME>} for a
 * queue (the {@code __} prefix makes the agent's channel inherit them), CENTRALITA_TARGET and
 * CENTRALITA_TIMEOUT (the ring time) for a transfer, CENTRALITA_MAILBOX for voicemail.
 */
final class HandoffVariables {
    private HandoffVariables() {
    }

    static Map<String, String> of(Handoff handoff) {
        Map<String, String> vars = new LinkedHashMap<>();
        if (handoff instanceof Handoff.Queue queue) {
            vars.put("CENTRALITA_QUEUE", queue.queue());
            vars.put("CENTRALITA_PRIORITY", Integer.toString(queue.priority()));
            vars.put("QUEUE_PRIO", Integer.toString(queue.priority()));
            vars.put("CENTRALITA_TIMEOUT", seconds(queue.timeout()));
            vars.put("CENTRALITA_ANNOUNCE_POSITION", queue.announcePosition() ? "yes" : "no");
            queue.context().forEach((name, value) -> vars.put("__CENTRALITA_CTX_" + variableName(name), value));
        } else if (handoff instanceof Handoff.Transfer transfer) {
            vars.put("CENTRALITA_TARGET", transfer.to());
            vars.put("CENTRALITA_TIMEOUT", seconds(transfer.timeout()));
        } else if (handoff instanceof Handoff.Voicemail voicemail) {
            vars.put("CENTRALITA_MAILBOX", voicemail.mailbox());
        }
        return vars;
    }

    /**
     * A time-out in whole seconds as Queue() and Dial() take it; empty when the node gives none,
     * so the queue's own settings decide how long the caller waits.
     */
    static String seconds(java.time.Duration timeout) {
        return timeout == null ? "" : Long.toString(timeout.toSeconds());
    }

    /** A context key as a dialplan variable name: upper case, anything else than A-Z 0-9 _ becomes _. */
    static String variableName(String key) {
        String upper = key.toUpperCase(Locale.ROOT);
        StringBuilder name = new StringBuilder(upper.length());
        upper.codePoints().forEach(c -> name.append(
                (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ? (char) c : '_'));
        return name.toString();
    }
}
