package org.centralita.runtime.reports;

import java.util.Locale;
import java.util.Optional;

/**
 * What happened in an Asterisk queue, named as app_queue's queue_log names it; live AMI events
 * are mapped onto the same kinds so that a call seen both ways is recognized as one.
 */
public enum QueueEventKind {
    ENTERQUEUE(Role.CALL),
    CONNECT(Role.CALL),
    COMPLETECALLER(Role.CALL),
    COMPLETEAGENT(Role.CALL),
    TRANSFER(Role.CALL),
    ABANDON(Role.CALL),
    EXITWITHTIMEOUT(Role.CALL),
    EXITEMPTY(Role.CALL),
    EXITWITHKEY(Role.CALL),
    FULL(Role.CALL),
    JOINEMPTY(Role.CALL),
    JOINUNAVAIL(Role.CALL),
    /** The call was put on hold (AMI {@code Hold}; queue_log has no such line): no queue named, only the call. */
    HOLD(Role.CALL),
    /** The call was taken off hold (AMI {@code Unhold}). */
    UNHOLD(Role.CALL),
    RINGNOANSWER(Role.AGENT),
    AGENTCALLED(Role.AGENT),
    ADDMEMBER(Role.AGENT),
    REMOVEMEMBER(Role.AGENT),
    AGENTLOGIN(Role.AGENT),
    AGENTLOGOFF(Role.AGENT),
    PAUSE(Role.AGENT),
    UNPAUSE(Role.AGENT);

    /** Whether the event belongs to a caller's visit to a queue or to an agent's day. */
    public enum Role { CALL, AGENT }

    private final Role role;

    QueueEventKind(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    /** The kind a queue_log verb stands for ({@code BLINDTRANSFER} and {@code ATTENDEDTRANSFER} are transfers). */
    public static Optional<QueueEventKind> ofVerb(String verb) {
        String upper = verb.toUpperCase(Locale.ROOT);
        if (upper.equals("BLINDTRANSFER") || upper.equals("ATTENDEDTRANSFER")) {
            return Optional.of(TRANSFER);
        }
        if (upper.equals(HOLD.name()) || upper.equals(UNHOLD.name())) {
            return Optional.empty(); // Asterisk's queue_log never writes them: over AMI only
        }
        for (QueueEventKind kind : values()) {
            if (kind.name().equals(upper)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** How the caller's visit ends with this event, or empty when the visit goes on. */
    public Optional<String> visitOutcome() {
        return switch (this) {
            case CONNECT, COMPLETECALLER, COMPLETEAGENT, TRANSFER -> Optional.of(QueueVisit.ANSWERED);
            case ABANDON -> Optional.of(QueueVisit.ABANDONED);
            case EXITWITHTIMEOUT -> Optional.of(QueueVisit.TIMEOUT);
            case EXITEMPTY, JOINEMPTY, JOINUNAVAIL -> Optional.of(QueueVisit.EMPTY);
            case FULL -> Optional.of(QueueVisit.FULL);
            case EXITWITHKEY -> Optional.of(QueueVisit.KEY);
            default -> Optional.empty();
        };
    }
}
