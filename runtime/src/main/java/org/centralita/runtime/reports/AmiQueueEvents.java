package org.centralita.runtime.reports;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.asteriskjava.manager.event.AbstractAgentEvent;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.HoldEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberPausedEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.asteriskjava.manager.event.UnholdEvent;

/**
 * Maps Asterisk's manager (AMI) queue events onto the queue_log kinds, so that a call seen live
 * and again in the file is one call. The call is named by the channel variable
 * {@code CENTRALITA_CALL_ID} when manager.conf's {@code channelvars} sends it, else by the
 * caller channel's Uniqueid (which is the runtime's call id for calls it answered).
 */
public final class AmiQueueEvents {

    static final String CALL_ID_VARIABLE = "CENTRALITA_CALL_ID";

    private AmiQueueEvents() {
    }

    /** The queue event {@code event} stands for, or empty for an event reports do not use. */
    public static Optional<QueueEvent> of(ManagerEvent event) {
        Instant at = timeOf(event);
        if (event instanceof QueueCallerJoinEvent join) {
            return call(at, event, join.getUniqueId(), join.getQueue(), null, QueueEventKind.ENTERQUEUE, null, null, join.getPosition());
        }
        if (event instanceof QueueCallerAbandonEvent abandon) {
            return call(at, event, abandon.getUniqueId(), abandon.getQueue(), null, QueueEventKind.ABANDON,
                    abandon.getHoldTime(), null, abandon.getPosition());
        }
        if (event instanceof AgentConnectEvent connect) {
            return call(at, event, connect.getUniqueId(), connect.getQueue(), connect.getMemberName(),
                    QueueEventKind.CONNECT, seconds(connect.getHoldTime()), null, null);
        }
        if (event instanceof AgentCompleteEvent complete) {
            return call(at, event, complete.getUniqueId(), complete.getQueue(), complete.getMemberName(),
                    completion(complete.getReason()), seconds(complete.getHoldTime()), seconds(complete.getTalkTime()), null);
        }
        if (event instanceof AgentRingNoAnswerEvent ring) {
            Long ringtime = ring.getRingtime();
            return Optional.of(new QueueEvent(at, callId(event, ring.getUniqueId()), ring.getQueue(), ring.getMemberName(),
                    QueueEventKind.RINGNOANSWER, null, null, ringtime == null ? null : (int) Math.min(Integer.MAX_VALUE, ringtime * 1000),
                    null, null, QueueEvent.AMI));
        }
        if (event instanceof AgentCalledEvent called) {
            return Optional.of(new QueueEvent(at, callId(event, called.getUniqueId()), called.getQueue(),
                    called.getMemberName(), QueueEventKind.AGENTCALLED, null, null, null, null, null, QueueEvent.AMI));
        }
        if (event instanceof HoldEvent hold) {
            // Asterisk 12 and later send Hold and Unhold; 1.8 sent Hold with Status: On/Off
            QueueEventKind kind = Boolean.FALSE.equals(hold.getStatus()) ? QueueEventKind.UNHOLD : QueueEventKind.HOLD;
            return held(at, event, hold.getLinkedId(), hold.getUniqueId(), hold.getChannel(), kind);
        }
        if (event instanceof UnholdEvent unhold) {
            return held(at, event, unhold.getLinkedId(), unhold.getUniqueId(), unhold.getChannel(), QueueEventKind.UNHOLD);
        }
        return member(at, event);
    }

    /**
     * A hold names no queue: it belongs to the call, named by {@code CENTRALITA_CALL_ID}, else by the
     * Linkedid (the agent's channel that put the caller on hold was dialled from the caller's, so
     * its Linkedid is the caller channel's Uniqueid, the runtime's call id), else by the Uniqueid.
     */
    private static Optional<QueueEvent> held(Instant at, ManagerEvent event, String linkedId, String uniqueId,
                                             String channel, QueueEventKind kind) {
        String call = callId(event, linkedId != null && !linkedId.isBlank() ? linkedId : uniqueId);
        return call == null ? Optional.empty()
                : Optional.of(new QueueEvent(at, call, null, null, kind, null, null, null, null, channel, QueueEvent.AMI));
    }

    private static Optional<QueueEvent> member(Instant at, ManagerEvent event) {
        if (event instanceof QueueMemberPausedEvent pause) {
            boolean paused = Boolean.TRUE.equals(pause.getPaused());
            String reason = pause.getReason() != null ? pause.getReason() : pause.getPausedReason();
            return agent(at, pause.getQueue(), pause.getMemberName(), paused ? QueueEventKind.PAUSE : QueueEventKind.UNPAUSE,
                    reason == null || reason.isBlank() ? null : reason);
        }
        if (event instanceof QueueMemberAddedEvent added) {
            return agent(at, added.getQueue(), added.getMemberName(), QueueEventKind.ADDMEMBER, null);
        }
        if (event instanceof QueueMemberRemovedEvent removed) {
            return agent(at, removed.getQueue(), removed.getMemberName(), QueueEventKind.REMOVEMEMBER, null);
        }
        return Optional.empty();
    }

    private static Optional<QueueEvent> call(Instant at, ManagerEvent event, String uniqueId, String queue, String agent,
                                             QueueEventKind kind, Integer wait, Integer talk, Integer position) {
        return Optional.of(new QueueEvent(at, callId(event, uniqueId), queue, agent, kind, wait, talk, null, position,
                null, QueueEvent.AMI));
    }

    private static Optional<QueueEvent> agent(Instant at, String queue, String agent, QueueEventKind kind, String detail) {
        return agent == null ? Optional.empty()
                : Optional.of(new QueueEvent(at, null, queue, agent, kind, null, null, null, null, detail, QueueEvent.AMI));
    }

    private static QueueEventKind completion(String reason) {
        if (reason == null) {
            return QueueEventKind.COMPLETEAGENT;
        }
        return switch (reason.toLowerCase(java.util.Locale.ROOT)) {
            case "caller" -> QueueEventKind.COMPLETECALLER;
            case "transfer" -> QueueEventKind.TRANSFER;
            default -> QueueEventKind.COMPLETEAGENT;
        };
    }

    private static String callId(ManagerEvent event, String uniqueId) {
        Map<String, String> variables = event.getChannelVariables();
        if (variables != null) {
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                if (CALL_ID_VARIABLE.equalsIgnoreCase(variable.getKey()) && variable.getValue() != null
                        && !variable.getValue().isBlank()) {
                    return variable.getValue();
                }
            }
        }
        return uniqueId;
    }

    /** Asterisk's own time stamp (timestampevents=yes in manager.conf), else when the event arrived. */
    private static Instant timeOf(ManagerEvent event) {
        Double stamp = event.getTimestamp();
        if (stamp != null) {
            return Instant.ofEpochMilli((long) (stamp * 1000));
        }
        return event.getDateReceived() == null ? Instant.now() : event.getDateReceived().toInstant();
    }

    private static Integer seconds(Long value) {
        return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
    }
}
