package org.centralita.runtime.channel;

/**
 * The narrow telephony interface the engine drives, one instance per call: the Asterisk FastAGI
 * adapter, the console simulator and the scripted test caller implement it. Every method may
 * throw {@link CallerHungUp} when the caller has gone.
 */
public interface CallChannel {

    /** Who is calling, what they dialled, and the call's identity. */
    CallInfo info();

    /** Answers the call (a no-op where it is already answered). */
    void answer();

    /**
     * Plays a prompt to its end, or until the caller presses one of {@code interruptKeys}
     * (empty: cannot be interrupted).
     *
     * @return the key that interrupted the prompt, or {@code null} when it played to the end
     */
    Character play(Prompt prompt, String interruptKeys);

    /** Plays the request's prompt and waits for the caller's keys or words, as the request says. */
    CallerInput collect(InputRequest request);

    /** Plays a prompt, then records the caller until silence, a terminator key or the limit. */
    Recording record(RecordRequest request);

    /** Hands the call over (queue, transfer, voicemail, callback) and says how that went. */
    HandoffResult handOff(Handoff handoff);

    /**
     * Whether {@link #handOff} connects the caller itself and returns only once the hand-off is
     * over (the runtime's queue-mode agi: the agent has talked by then), rather than leaving the
     * connection to the PBX after the session. Whoever must know of a hand-off in time (the CRM
     * screen pop) is told before {@code handOff} when true, after a delivered one when false.
     */
    boolean connectsItself();

    /** Sets a channel variable that outlives the session (the dialplan and the agent see it). */
    void setVariable(String name, String value);

    /** Hangs up the call from the flow's side. */
    void hangup();
}
