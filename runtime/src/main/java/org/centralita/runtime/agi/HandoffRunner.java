package org.centralita.runtime.agi;

import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.command.GetVariableCommand;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;

/**
 * Hand-offs in {@link QueueMode#AGI}: EXEC Queue ({@link AgiQueue}: a time-out, full or empty
 * queue is OVERFLOW), EXEC Dial for transfers (DIALSTATUS), EXEC VoiceMail. In
 * {@link QueueMode#DIALPLAN} nothing runs here: the session ends and the AGI script writes the
 * hand-off into the contract's channel variables.
 */
final class HandoffRunner {
    private final AgiLine line;
    private final QueueMode mode;
    private final AgiQueue queues;

    HandoffRunner(AgiLine line, QueueMode mode, AgiQueue queues) {
        this.line = line;
        this.mode = mode;
        this.queues = queues;
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
            return queues.run(queue);
        }
        if (handoff instanceof Handoff.Transfer transfer) {
            return dial(transfer);
        }
        line.send(new ExecCommand("VoiceMail", ((Handoff.Voicemail) handoff).mailbox() + ",u"));
        return HandoffResult.DELIVERED;
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
