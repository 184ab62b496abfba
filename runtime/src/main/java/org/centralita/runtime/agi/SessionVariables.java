package org.centralita.runtime.agi;

import org.centralita.runtime.channel.CallerHungUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the dialplan contract's variables at the end of a session. SET VARIABLE still works
 * after the caller hung up (Asterisk allows it on a dead channel), so even HANGUP is recorded.
 */
final class SessionVariables {
    private static final Logger LOG = LoggerFactory.getLogger(SessionVariables.class);

    private SessionVariables() {
    }

    static void write(AgiLine line, CallResult result, String callId) {
        try {
            if (result.handoff() != null) {
                HandoffVariables.of(result.handoff()).forEach(line::setVariable);
            }
            line.setVariable("CENTRALITA_CALL_ID", callId);
            line.setVariable("CENTRALITA_STATUS", result.status().name());
        } catch (CallerHungUp | AgiCommandFailed e) {
            LOG.warn("could not leave CENTRALITA_STATUS={} on the channel: the connection is gone", result.status());
        }
    }
}
