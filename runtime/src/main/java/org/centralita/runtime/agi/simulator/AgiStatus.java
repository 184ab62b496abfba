package org.centralita.runtime.agi.simulator;

/** The AGISTATUS the dialplan sees once a simulated AGI() returns. */
public enum AgiStatus {
    SUCCESS,
    FAILURE,
    HANGUP
}
