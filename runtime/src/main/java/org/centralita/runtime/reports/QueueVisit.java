package org.centralita.runtime.reports;

/** The outcomes of a caller's visit to a queue, as the {@code queue_calls.outcome} column keeps them. */
public final class QueueVisit {

    public static final String WAITING = "waiting";
    public static final String ANSWERED = "answered";
    public static final String ABANDONED = "abandoned";
    /** Overflowed: the queue's time-out expired (EXITWITHTIMEOUT). */
    public static final String TIMEOUT = "timeout";
    /** Overflowed: no agent could take calls (EXITEMPTY, JOINEMPTY, JOINUNAVAIL). */
    public static final String EMPTY = "empty";
    /** Overflowed: the queue was at its maximum length (FULL). */
    public static final String FULL = "full";
    /** The caller left by pressing a key (EXITWITHKEY). */
    public static final String KEY = "key";

    private QueueVisit() {
    }
}
