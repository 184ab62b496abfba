package org.centralita.runtime.reports;

/**
 * The IVR side of a flow's calls (from the call records): how many came, and how each left the
 * flow. Counts and sums only, so rows merge by adding.
 *
 * @param calls calls the flow answered
 * @param contained calls the flow finished itself (outcome {@code hangup}): self-served, never reached a queue
 * @param abandonedInIvr callers who hung up inside the flow ({@code caller-hangup})
 * @param toQueue calls handed to a queue
 * @param transferred calls transferred to a number
 * @param voicemail calls sent to voicemail
 * @param callback callers who asked to be called back
 * @param errors calls that took the error path
 * @param rejected calls the runtime refused before the flow began (CENTRALITA_STATUS=BUSY)
 * @param durationMs the sum of the calls' time in the flow
 */
public record FlowMeasures(long calls, long contained, long abandonedInIvr, long toQueue, long transferred,
                           long voicemail, long callback, long errors, long rejected, long durationMs) {

    public static final FlowMeasures NONE = new FlowMeasures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public FlowMeasures plus(FlowMeasures o) {
        return new FlowMeasures(calls + o.calls, contained + o.contained, abandonedInIvr + o.abandonedInIvr,
                toQueue + o.toQueue, transferred + o.transferred, voicemail + o.voicemail, callback + o.callback,
                errors + o.errors, rejected + o.rejected, durationMs + o.durationMs);
    }

    /** Contained over calls, in percent. */
    public double containmentRate() {
        return 100.0 * QueueMeasures.ratio(contained, calls);
    }

    /** Average time in the flow, seconds. */
    public double averageSeconds() {
        return QueueMeasures.ratio(durationMs, calls) / 1000.0;
    }
}
