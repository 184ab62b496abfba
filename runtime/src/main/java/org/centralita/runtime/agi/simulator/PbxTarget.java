package org.centralita.runtime.agi.simulator;

/**
 * How a queue or a Dial target behaves when the call is sent to it.
 *
 * @param outcome what happens
 * @param answerAfterMs ring time before an agent answers ({@link Outcome#ANSWERS})
 * @param talkMs how long the agent talks before hanging up ({@link Outcome#ANSWERS})
 */
public record PbxTarget(Outcome outcome, long answerAfterMs, long talkMs) {

    /** The possible behaviours. */
    public enum Outcome {
        /** An agent answers, talks and hangs up (the AGI then goes on, EXEC returns -1). */
        ANSWERS,
        /** Rings until the time-out (QUEUESTATUS=TIMEOUT, DIALSTATUS=NOANSWER). */
        NEVER_ANSWERS,
        /** A queue without members and joinempty=no (QUEUESTATUS=JOINEMPTY). */
        EMPTY,
        /** A queue at its maxlen (QUEUESTATUS=FULL). */
        FULL,
        /** A Dial target that is busy (DIALSTATUS=BUSY). */
        BUSY
    }

    public static PbxTarget answers(long answerAfterMs, long talkMs) {
        return new PbxTarget(Outcome.ANSWERS, answerAfterMs, talkMs);
    }

    public static PbxTarget of(Outcome outcome) {
        return new PbxTarget(outcome, 0, 0);
    }
}
