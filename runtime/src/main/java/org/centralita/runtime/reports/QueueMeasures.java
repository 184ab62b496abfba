package org.centralita.runtime.reports;

/**
 * The sums a queue report is made of, for one queue (or interval): every measure of
 * docs/reports.md is a count, a sum or a maximum here, so rows merge by adding.
 *
 * @param offered visits to the queue (a caller entering, or refused at the door by FULL/JOINEMPTY)
 * @param answered visits an agent answered
 * @param abandoned callers who hung up while waiting at least the short-abandon threshold
 * @param shortAbandoned callers who hung up sooner (counted apart: misdials, second thoughts)
 * @param overflowTimeout visits that left at the queue's time-out
 * @param overflowFull callers refused because the queue was full
 * @param overflowEmpty visits that left (or were refused) because no agent could take calls
 * @param leftWithKey callers who left by pressing a key
 * @param waiting visits still waiting (no end seen yet)
 * @param answeredInTime answered within the queue's service-level time
 * @param answerWaitSeconds the sum of the waits of answered calls
 * @param longestWaitSeconds the longest wait of any visit
 * @param abandonWaitSeconds the sum of the waits of (not short) abandoned calls
 * @param talkSeconds the sum of the talk times of answered calls that completed
 * @param talked answered calls that completed (with a talk time)
 * @param holdSeconds the sum of the seconds those completed calls spent on hold (part of their talk time as
 *                    Asterisk counts it, from the answer to the end)
 * @param wrapSeconds the wrap-up time after those completed calls (the queue's wrap-up seconds each)
 */
public record QueueMeasures(long offered, long answered, long abandoned, long shortAbandoned, long overflowTimeout,
                            long overflowFull, long overflowEmpty, long leftWithKey, long waiting,
                            long answeredInTime, long answerWaitSeconds, long longestWaitSeconds,
                            long abandonWaitSeconds, long talkSeconds, long talked, long holdSeconds, long wrapSeconds) {

    public static final QueueMeasures NONE = new QueueMeasures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Measures with no hold and no wrap-up time. */
    public QueueMeasures(long offered, long answered, long abandoned, long shortAbandoned, long overflowTimeout,
                         long overflowFull, long overflowEmpty, long leftWithKey, long waiting, long answeredInTime,
                         long answerWaitSeconds, long longestWaitSeconds, long abandonWaitSeconds, long talkSeconds,
                         long talked) {
        this(offered, answered, abandoned, shortAbandoned, overflowTimeout, overflowFull, overflowEmpty, leftWithKey,
                waiting, answeredInTime, answerWaitSeconds, longestWaitSeconds, abandonWaitSeconds, talkSeconds, talked, 0, 0);
    }

    public QueueMeasures plus(QueueMeasures o) {
        return new QueueMeasures(offered + o.offered, answered + o.answered, abandoned + o.abandoned,
                shortAbandoned + o.shortAbandoned, overflowTimeout + o.overflowTimeout, overflowFull + o.overflowFull,
                overflowEmpty + o.overflowEmpty, leftWithKey + o.leftWithKey, waiting + o.waiting,
                answeredInTime + o.answeredInTime, answerWaitSeconds + o.answerWaitSeconds,
                Math.max(longestWaitSeconds, o.longestWaitSeconds), abandonWaitSeconds + o.abandonWaitSeconds,
                talkSeconds + o.talkSeconds, talked + o.talked, holdSeconds + o.holdSeconds, wrapSeconds + o.wrapSeconds);
    }

    /** Overflowed: time-out, full and no agents. */
    public long overflowed() {
        return overflowTimeout + overflowFull + overflowEmpty;
    }

    /** Average speed of answer, seconds. */
    public double averageSpeedOfAnswer() {
        return ratio(answerWaitSeconds, answered);
    }

    /** Average wait of abandoned calls (short abandons left out), seconds. */
    public double averageAbandonWait() {
        return ratio(abandonWaitSeconds, abandoned);
    }

    /** Average talk time of completed calls, seconds: from the answer to the end, the time on hold left out. */
    public double averageTalk() {
        return ratio(talkSeconds - holdSeconds, talked);
    }

    /** Average time on hold of completed calls, seconds. */
    public double averageHold() {
        return ratio(holdSeconds, talked);
    }

    /** Average handle time: (talk + hold + wrap-up) ÷ completed calls, seconds. */
    public double averageHandleTime() {
        return ratio(talkSeconds + wrapSeconds, talked);
    }

    /** Answered within the service-level time, over calls offered less short abandons, in percent. */
    public double serviceLevel() {
        return 100.0 * ratio(answeredInTime, offered - shortAbandoned);
    }

    /** Abandoned (short ones left out) over calls offered less short abandons, in percent. */
    public double abandonRate() {
        return 100.0 * ratio(abandoned, offered - shortAbandoned);
    }

    static double ratio(long part, long whole) {
        return whole <= 0 ? 0 : (double) part / whole;
    }
}
