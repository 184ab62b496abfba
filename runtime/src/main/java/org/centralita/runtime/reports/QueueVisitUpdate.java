package org.centralita.runtime.reports;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Moves a caller's visit to a queue ({@code queue_calls}) on by one queue event: ENTERQUEUE opens
 * it, CONNECT answers it, COMPLETE and TRANSFER add the talk time, ABANDON and the EXIT events
 * close it. An event whose visit began before the data (a file starting mid-call) opens it at
 * the time the caller's wait says it began. An answered visit stays answered.
 */
final class QueueVisitUpdate {

    private final VisitBook visits;

    QueueVisitUpdate(VisitBook visits) {
        this.visits = visits;
    }

    void apply(QueueEvent event) throws SQLException {
        if (event.kind() == QueueEventKind.HOLD || event.kind() == QueueEventKind.UNHOLD) {
            hold(event);
            return;
        }
        if (event.kind().role() != QueueEventKind.Role.CALL || event.callId() == null || event.queue() == null) {
            return;
        }
        long at = event.at().getEpochSecond();
        if (event.kind() == QueueEventKind.ENTERQUEUE) {
            visits.open(event.callId(), event.queue(), at, QueueVisit.WAITING, null, null, null);
            return;
        }
        String outcome = event.kind().visitOutcome().orElse(QueueVisit.WAITING);
        Optional<VisitBook.Visit> visit = visits.latest(event.callId(), event.queue(), at + QueueEventStore.SAME_EVENT_SECONDS);
        if (visit.isEmpty() || startsAnother(event, visit.get())) {
            long began = at - (event.waitSeconds() == null ? 0 : event.waitSeconds())
                    - (event.talkSeconds() == null ? 0 : event.talkSeconds());
            visits.open(event.callId(), event.queue(), began, outcome, event.agent(), event.waitSeconds(), event.talkSeconds());
            return;
        }
        boolean keepAnswered = QueueVisit.ANSWERED.equals(visit.get().outcome);
        visit.get().update(keepAnswered ? QueueVisit.ANSWERED : outcome, event.agent(),
                keepAnswered && !answering(event) ? null : event.waitSeconds(), event.talkSeconds());
        if (event.talkSeconds() != null) {
            // the call ended on hold (the caller hung up, or was transferred, while held): held to its end
            visit.get().unhold(at);
        }
    }

    /**
     * A hold (AMI Hold/Unhold, no queue named) counts on the call's visit the agent was on then;
     * a hold while the caller waits, or on a call no queue answered, counts nowhere.
     */
    private void hold(QueueEvent event) throws SQLException {
        if (event.callId() == null) {
            return;
        }
        long at = event.at().getEpochSecond();
        Optional<VisitBook.Visit> visit = visits.connectedAt(event.callId(), at);
        if (visit.isEmpty()) {
            return;
        }
        if (event.kind() == QueueEventKind.HOLD) {
            visit.get().hold(at);
        } else {
            visit.get().unhold(at);
        }
    }

    /** FULL and JOINEMPTY refuse the caller at the door: each is a visit of its own. */
    private static boolean startsAnother(QueueEvent event, VisitBook.Visit visit) {
        return switch (event.kind()) {
            case FULL, JOINEMPTY, JOINUNAVAIL -> true;
            default -> !QueueVisit.WAITING.equals(visit.outcome) && !answering(event);
        };
    }

    private static boolean answering(QueueEvent event) {
        return QueueVisit.ANSWERED.equals(event.kind().visitOutcome().orElse(""));
    }
}
