package org.centralita.runtime.agi;

/** How a call left the runtime, as told to the dialplan in CENTRALITA_STATUS. */
public enum CallStatus {
    QUEUE,
    TRANSFER,
    VOICEMAIL,
    HANGUP,
    ERROR,
    NOT_FOUND,
    BUSY
}
