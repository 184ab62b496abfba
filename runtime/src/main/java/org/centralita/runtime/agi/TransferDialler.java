package org.centralita.runtime.agi;

import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.command.GetVariableCommand;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;

/**
 * A transfer run over AGI: {@code EXEC Dial <dial string>,<ring seconds>}, then DIALSTATUS
 * (ANSWER delivered, even when the caller hung up after the conversation; BUSY, NOANSWER; a
 * caller who hung up while it rang ({@code CANCEL}) is {@code CallerHungUp}; anything else failed). A number is dialled through the
 * configured template ({@link NumberDialing}).
 */
final class TransferDialler {
    private final AgiLine line;
    private final NumberDialing numbers;

    TransferDialler(AgiLine line, NumberDialing numbers) {
        this.line = line;
        this.numbers = numbers;
    }

    HandoffResult dial(Handoff.Transfer transfer) {
        line.setVariable("DIALSTATUS", "");
        int code = AgiLine.code(line.send(new ExecCommand("Dial",
                numbers.dialString(transfer.to()) + "," + HandoffVariables.seconds(transfer.timeout()))));
        // GET VARIABLE answers on a dead channel: a caller who hangs up after talking to the
        // callee (Dial returns -1) was transferred, not lost
        String status = AgiLine.extra(line.send(new GetVariableCommand("DIALSTATUS")));
        if (status.equals("ANSWER")) {
            return HandoffResult.DELIVERED;
        }
        if (code < 0) {
            line.ensureAlive();
        }
        return switch (status) {
            case "BUSY" -> HandoffResult.BUSY;
            case "NOANSWER" -> HandoffResult.NO_ANSWER;
            default -> HandoffResult.FAILED;
        };
    }
}
