package org.centralita.runtime.agi;

import java.util.Objects;

import org.centralita.runtime.channel.Handoff;

/**
 * How a call handler finished a call: the status for the dialplan and, for QUEUE, TRANSFER and
 * VOICEMAIL, the hand-off whose details become channel variables.
 *
 * @param status the CENTRALITA_STATUS value
 * @param handoff the hand-off for QUEUE / TRANSFER / VOICEMAIL, otherwise {@code null}
 */
public record CallResult(CallStatus status, Handoff handoff) {

    public CallResult {
        Objects.requireNonNull(status, "status");
        boolean needsHandoff = status == CallStatus.QUEUE || status == CallStatus.TRANSFER
                || status == CallStatus.VOICEMAIL;
        if (needsHandoff != (handoff != null)) {
            throw new IllegalArgumentException(status + " needs a hand-off exactly when it is a hand-off status");
        }
    }

    public static CallResult queue(Handoff.Queue queue) {
        return new CallResult(CallStatus.QUEUE, queue);
    }

    public static CallResult transfer(Handoff.Transfer transfer) {
        return new CallResult(CallStatus.TRANSFER, transfer);
    }

    public static CallResult voicemail(Handoff.Voicemail voicemail) {
        return new CallResult(CallStatus.VOICEMAIL, voicemail);
    }

    public static CallResult hangup() {
        return new CallResult(CallStatus.HANGUP, null);
    }

    public static CallResult error() {
        return new CallResult(CallStatus.ERROR, null);
    }

    public static CallResult notFound() {
        return new CallResult(CallStatus.NOT_FOUND, null);
    }
}
