package org.centralita.runtime.agi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.command.GetFullVariableCommand;
import org.asteriskjava.fastagi.command.GetVariableCommand;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;
import org.centralita.runtime.channel.Prompt;
import org.centralita.runtime.channel.PromptNotPlayed;
import org.centralita.runtime.channel.PromptSegment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A queue hand-off run over AGI ({@link QueueMode#AGI}): the caller's place in line when the node
 * asks for it, then {@code EXEC Queue}, and what app_queue leaves behind decides how it went. A
 * time-out, full or empty queue (QUEUESTATUS) is OVERFLOW. QUEUESTATUS stays unset both when an
 * agent answered and when the caller hung up while waiting; MEMBERINTERFACE (set just before the
 * bridge when queues.conf says {@code setinterfacevar = yes}) tells the two apart, so an answered
 * call is DELIVERED even when the caller is the one who hung up, and a caller who left while
 * waiting is {@code CallerHungUp}.
 */
final class AgiQueue {
    private static final Logger LOG = LoggerFactory.getLogger(AgiQueue.class);
    private static final Set<String> OVERFLOW = Set.of("TIMEOUT", "FULL", "JOINEMPTY", "LEAVEEMPTY",
            "JOINUNAVAIL", "LEAVEUNAVAIL");

    private final AgiLine line;
    private final PromptPlayer player;
    private final String language;

    AgiQueue(AgiLine line, PromptPlayer player, String language) {
        this.line = line;
        this.player = player;
        this.language = language;
    }

    HandoffResult run(Handoff.Queue queue) {
        // app_queue leaves both alone when it has nothing to say: clear what an earlier queue left
        line.setVariable("QUEUESTATUS", "");
        line.setVariable("MEMBERINTERFACE", "");
        if (queue.announcePosition()) {
            announcePosition(queue.queue());
        }
        int code = AgiLine.code(line.send(new ExecCommand("Queue",
                queue.queue() + ",,,," + HandoffVariables.seconds(queue.timeout()))));
        String status = variable("QUEUESTATUS");
        if (OVERFLOW.contains(status)) {
            return HandoffResult.OVERFLOW;
        }
        if (!status.isEmpty()) {
            return HandoffResult.FAILED;
        }
        if (code < 0 && variable("MEMBERINTERFACE").isEmpty()) {
            // no agent took the call: a dead channel (511) means the caller hung up while waiting;
            // a live one is an agent who hung up on a queue without setinterfacevar
            line.ensureAlive();
        }
        return HandoffResult.DELIVERED;
    }

    /** GET VARIABLE, which still answers once the caller has hung up; "" when unset. */
    private String variable(String name) {
        return AgiLine.extra(line.send(new GetVariableCommand(name)));
    }

    /**
     * Says the place the caller is about to take, as app_queue's own position announcement does
     * (queue-youarenext, or queue-thereare N queue-callswaiting): app_queue has no per-call
     * option for it, so the place is QUEUE_WAITING_COUNT plus one.
     */
    private void announcePosition(String queue) {
        if (!isPlain(queue)) {
            LOG.warn("queue '{}': its name cannot be put in a dialplan expression; place in line not announced", queue);
            return;
        }
        String waiting = AgiLine.extra(line.send(new GetFullVariableCommand("${QUEUE_WAITING_COUNT(" + queue + ")}")));
        int place;
        try {
            place = Integer.parseInt(waiting) + 1;
        } catch (NumberFormatException e) {
            LOG.warn("queue '{}': QUEUE_WAITING_COUNT gave '{}'; place in line not announced", queue, waiting);
            return;
        }
        try {
            player.play(new Prompt(language, place == 1 ? List.of(new PromptSegment.Audio("queue-youarenext"))
                    : List.of(new PromptSegment.Audio("queue-thereare"),
                            new PromptSegment.SayNumber(BigDecimal.valueOf(place)),
                            new PromptSegment.Audio("queue-callswaiting"))), "");
        } catch (PromptNotPlayed missing) {
            // the place in line is a courtesy: without app_queue's sounds the caller still joins the queue
            LOG.warn("queue '{}': place in line not announced: {}", queue, missing.getMessage());
        }
    }

    /** A name safe inside {@code ${QUEUE_WAITING_COUNT(name)}}: what a queues.conf section is called. */
    private static boolean isPlain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
