package org.centralita.runtime.agi;

import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.command.GetVariableCommand;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hand-offs run over AGI: EXEC Queue ({@link AgiQueue}: a time-out, full or empty queue is
 * OVERFLOW), EXEC Dial for transfers ({@link TransferDialler}), EXEC VoiceMail. In
 * {@link QueueMode#AGI} every hand-off runs here. In {@link QueueMode#DIALPLAN} a hand-off is left
 * to the dialplan (the session ends and the AGI script writes it into the contract's channel
 * variables) unless the flow goes on after it ({@link Handoff.Transfer#flowResumes()},
 * {@link Handoff.Voicemail#flowResumes()}): only an application run here can tell the flow how it went.
 */
final class HandoffRunner {
    private static final Logger LOG = LoggerFactory.getLogger(HandoffRunner.class);

    private final AgiLine line;
    private final QueueMode mode;
    private final AgiQueue queues;
    private final TransferDialler dialler;

    HandoffRunner(AgiLine line, QueueMode mode, AgiQueue queues, NumberDialing numbers) {
        this.line = line;
        this.mode = mode;
        this.queues = queues;
        this.dialler = new TransferDialler(line, numbers);
    }

    /** Whether queue hand-offs run here (EXEC Queue), so the caller meets the agent within this session. */
    boolean runsQueuesOverAgi() {
        return mode == QueueMode.AGI;
    }

    /** Whether {@code handoff} is run here, over AGI, rather than left to the dialplan. */
    boolean runsOverAgi(Handoff handoff) {
        if (handoff instanceof Handoff.Callback) {
            return false;
        }
        return mode == QueueMode.AGI || handoff instanceof Handoff.Transfer transfer && transfer.flowResumes()
                || handoff instanceof Handoff.Voicemail voicemail && voicemail.flowResumes();
    }

    HandoffResult handOff(Handoff handoff) {
        if (handoff instanceof Handoff.Callback || !isOneArgument(handoff)) {
            return HandoffResult.FAILED;
        }
        if (!runsOverAgi(handoff)) {
            return HandoffResult.DELIVERED;
        }
        HandoffVariables.of(handoff).forEach(line::setVariable);
        if (handoff instanceof Handoff.Queue queue) {
            return queues.run(queue);
        }
        if (handoff instanceof Handoff.Transfer transfer) {
            return dialler.dial(transfer);
        }
        return voicemail((Handoff.Voicemail) handoff);
    }

    /**
     * Whether a transfer's target or a voicemail's mailbox is one application argument, in the
     * dialplan's Dial()/VoiceMail() as here: a value from the caller or a CRM must not add options.
     */
    private static boolean isOneArgument(Handoff handoff) {
        String argument = handoff instanceof Handoff.Transfer transfer ? transfer.to()
                : handoff instanceof Handoff.Voicemail voicemail ? voicemail.mailbox() : null;
        if (argument == null || NumberDialing.isOneArgument(argument)) {
            return true;
        }
        // control characters shown as '?' so that the value cannot forge log lines
        LOG.warn("hand-off to '{}' refused: empty, or a ',' or control character Asterisk would read as more",
                argument.replaceAll("\\p{Cntrl}", "?"));
        return false;
    }

    /**
     * The caller leaves a message; a hang-up is how most callers end one, so it is not a failure
     * (the flow's next command finds the caller gone). VMSTATUS FAILED (no such mailbox) is.
     */
    private HandoffResult voicemail(Handoff.Voicemail voicemail) {
        line.setVariable("VMSTATUS", "");
        line.send(new ExecCommand("VoiceMail", voicemail.mailbox() + ",u"));
        String status = AgiLine.extra(line.send(new GetVariableCommand("VMSTATUS")));
        return status.equals("FAILED") ? HandoffResult.FAILED : HandoffResult.DELIVERED;
    }
}
