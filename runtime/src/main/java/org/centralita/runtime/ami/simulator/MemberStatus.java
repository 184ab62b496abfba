package org.centralita.runtime.ami.simulator;

/** A queue member's device state, with the number Asterisk's {@code Status} header gives it. */
public enum MemberStatus {
    UNKNOWN(0), NOT_INUSE(1), INUSE(2), BUSY(3), INVALID(4), UNAVAILABLE(5), RINGING(6), RINGINUSE(7), ONHOLD(8);

    private final int code;

    MemberStatus(int code) {
        this.code = code;
    }

    /** The number in {@code Status:} lines. */
    public int code() {
        return code;
    }

    /** Whether the member counts as logged in (app_queue: neither unavailable nor invalid). */
    public boolean loggedIn() {
        return this != UNAVAILABLE && this != INVALID;
    }

    /** Whether the device could ring now (app_queue: not in use, or a state it cannot tell). */
    public boolean free() {
        return this == NOT_INUSE || this == UNKNOWN;
    }
}
