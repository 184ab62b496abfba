package org.centralita.runtime.agi;

import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.command.GetVariableCommand;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;

/**
 * A transfer run over AGI: {@code EXEC Dial <dial string>,<ring seconds>}, then DIALSTATUS
 * (ANSWER delivered, BUSY, NOANSWER, anything else failed). A number is dialled through the
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
