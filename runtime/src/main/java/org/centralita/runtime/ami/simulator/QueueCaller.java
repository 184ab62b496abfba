package org.centralita.runtime.ami.simulator;

import java.time.Instant;

/**
 * A caller waiting in a simulated queue.
 *
 * @param channel the caller's channel
 * @param callerId the caller's number
 * @param uniqueId the channel's unique id
 * @param joined when the caller joined the queue (their wait counts from here)
 */
public record QueueCaller(String channel, String callerId, String uniqueId, Instant joined) {

    /** The caller as QueueStatus lists it (a QueueEntry event). */
    AmiMessage listed(AmiMessage event, String queue, int position, Instant now) {
        return event.with("Queue", queue).with("Position", position).with("Channel", channel)
                .with("Uniqueid", uniqueId).with("CallerIDNum", callerId).with("CallerIDName", "<unknown>")
                .with("ConnectedLineNum", "<unknown>").with("ConnectedLineName", "<unknown>")
                .with("Wait", waitSeconds(now)).with("Priority", 0);
    }

    /** The caller in QueueCallerJoin, QueueCallerLeave and QueueCallerAbandon events: the channel, then the queue. */
    AmiMessage changed(AmiMessage event, String queue, int position, int count) {
        return event.with("Channel", channel).with("ChannelState", 6).with("ChannelStateDesc", "Up")
                .with("CallerIDNum", callerId).with("CallerIDName", "<unknown>")
                .with("ConnectedLineNum", "<unknown>").with("ConnectedLineName", "<unknown>")
                .with("Language", "en").with("AccountCode", "").with("Context", "centralita").with("Exten", "100")
                .with("Priority", 3).with("Uniqueid", uniqueId).with("Linkedid", uniqueId)
                .with("Queue", queue).with("Position", position).with("Count", count);
    }

    long waitSeconds(Instant now) {
        return Math.max(0, now.getEpochSecond() - joined.getEpochSecond());
    }
}
