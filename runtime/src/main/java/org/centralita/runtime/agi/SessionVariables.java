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
        CallStatus status = result.status();
        try {
            if (result.handoff() != null) {
                status = handoff(line, result, status);
            }
            line.setVariable("CENTRALITA_CALL_ID", callId);
            line.setVariable("CENTRALITA_STATUS", status.name());
        } catch (CallerHungUp | AgiCommandFailed e) {
            LOG.warn("could not leave CENTRALITA_STATUS={} on the channel: the connection is gone", status);
        }
    }

    /** The hand-off's variables; a hand-off that cannot be told to the dialplan is an ERROR, never silence. */
    private static CallStatus handoff(AgiLine line, CallResult result, CallStatus status) {
        java.util.Map<String, String> variables;
        try {
            variables = HandoffVariables.of(result.handoff());
        } catch (RuntimeException e) {
            LOG.error("could not describe the hand-off {} to the dialplan", result.handoff(), e);
            return CallStatus.ERROR;
        }
        variables.forEach(line::setVariable);
        return status;
    }
}
