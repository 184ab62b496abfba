package org.centralita.runtime.agi;

import java.util.Set;

import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.command.GetVariableCommand;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;

/**
 * Hand-offs in {@link QueueMode#AGI}: EXEC Queue (a time-out, full or empty queue is
 * OVERFLOW), EXEC Dial for transfers (DIALSTATUS), EXEC VoiceMail. In
 * {@link QueueMode#DIALPLAN} nothing runs here: the session ends and the AGI script writes the
 * hand-off into the contract's channel variables.
 */
final class HandoffRunner {
    private static final Set<String> OVERFLOW = Set.of("TIMEOUT", "FULL", "JOINEMPTY", "LEAVEEMPTY",
            "JOINUNAVAIL", "LEAVEUNAVAIL");

    private final AgiLine line;
    private final QueueMode mode;

    HandoffRunner(AgiLine line, QueueMode mode) {
        this.line = line;
        this.mode = mode;
    }

    /** Whether hand-offs are run here, over AGI, rather than left to the dialplan. */
    boolean runsOverAgi() {
        return mode == QueueMode.AGI;
    }

    HandoffResult handOff(Handoff handoff) {
        if (handoff instanceof Handoff.Callback) {
            return HandoffResult.FAILED;
        }
        if (mode == QueueMode.DIALPLAN) {
            return HandoffResult.DELIVERED;
        }
        HandoffVariables.of(handoff).forEach(line::setVariable);
        if (handoff instanceof Handoff.Queue queue) {
            return queue(queue);
        }
        if (handoff instanceof Handoff.Transfer transfer) {
            return dial(transfer);
        }
        line.send(new ExecCommand("VoiceMail", ((Handoff.Voicemail) handoff).mailbox() + ",u"));
        return HandoffResult.DELIVERED;
    }

    private HandoffResult queue(Handoff.Queue queue) {
        // QUEUESTATUS is left alone when an agent answers: clear it so an old value cannot mislead
        line.setVariable("QUEUESTATUS", "");
        int code = AgiLine.code(line.send(new ExecCommand("Queue",
                queue.queue() + ",,,," + HandoffVariables.seconds(queue.timeout()))));
        if (code < 0) {
            line.ensureAlive();
        }
        String status = AgiLine.extra(line.send(new GetVariableCommand("QUEUESTATUS")));
        if (OVERFLOW.contains(status)) {
            return HandoffResult.OVERFLOW;
        }
        return status.isEmpty() ? HandoffResult.DELIVERED : HandoffResult.FAILED;
    }

    private HandoffResult dial(Handoff.Transfer transfer) {
        line.setVariable("DIALSTATUS", "");
        int code = AgiLine.code(line.send(new ExecCommand("Dial",
                transfer.to() + "," + HandoffVariables.seconds(transfer.timeout()))));
        if (code < 0) {
            line.ensureAlive();
        }
        return switch (AgiLine.extra(line.send(new GetVariableCommand("DIALSTATUS")))) {
            case "ANSWER" -> HandoffResult.DELIVERED;
            case "BUSY" -> HandoffResult.BUSY;
            case "NOANSWER" -> HandoffResult.NO_ANSWER;
            default -> HandoffResult.FAILED;
        };
    }
}
