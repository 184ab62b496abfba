package org.centralita.runtime.agi.simulator;

/**
 * How a queue or a Dial target behaves when the call is sent to it.
 *
 * @param outcome what happens
 * @param answerAfterMs ring time before an agent answers ({@link Outcome#ANSWERS})
 * @param talkMs how long the agent talks before hanging up ({@link Outcome#ANSWERS})
 * @param memberInterface for a queue: the answering member's interface, which app_queue sets
 *                        as MEMBERINTERFACE on the caller's channel just before the bridge when
 *                        queues.conf says {@code setinterfacevar = yes}; null when it does not
 * @param waiting for a queue: the callers already waiting in it ({@code QUEUE_WAITING_COUNT})
 */
public record PbxTarget(Outcome outcome, long answerAfterMs, long talkMs, String memberInterface, int waiting) {

    /** The member of the recorded [support] queue. */
    private static final String AGENT = "Local/agent1@agents/n";

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

    /** Answered after {@code answerAfterMs}; as a queue, with {@code setinterfacevar = yes}. */
    public static PbxTarget answers(long answerAfterMs, long talkMs) {
        return new PbxTarget(Outcome.ANSWERS, answerAfterMs, talkMs, AGENT, 0);
    }

    public static PbxTarget of(Outcome outcome) {
        return new PbxTarget(outcome, 0, 0, AGENT, 0);
    }

    /** The same queue with {@code setinterfacevar = no}: MEMBERINTERFACE is never set. */
    public PbxTarget withoutInterfaceVariables() {
        return new PbxTarget(outcome, answerAfterMs, talkMs, null, waiting);
    }

    /** The same queue with {@code callers} already waiting in it. */
    public PbxTarget withWaiting(int callers) {
        return new PbxTarget(outcome, answerAfterMs, talkMs, memberInterface, callers);
    }
}
