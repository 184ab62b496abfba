package org.centralita.runtime.agi;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.command.AgiCommand;
import org.asteriskjava.fastagi.command.ChannelStatusCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.centralita.runtime.channel.CallerHungUp;

/**
 * One call's AGI connection as the adapter uses it: sends a command through Asterisk-Java and
 * turns its hang-up signals (a 511 reply or the closed socket) into {@link CallerHungUp}.
 */
final class AgiLine {
    private static final String RESULT = "result=";

    private final AgiChannel channel;
    private final AgiCommandTimer timer;

    AgiLine(AgiChannel channel, AgiCommandTimer timer) {
        this.channel = channel;
        this.timer = timer;
    }

    /** Sends the command and reads its reply, timed for the metrics (a command cut by a hang-up is not). */
    AgiReply send(AgiCommand command) {
        try {
            long sent = System.nanoTime();
            AgiReply reply = channel.sendCommand(command);
            timer.timed(AgiCommandNames.of(command), System.nanoTime() - sent);
            return reply;
        } catch (AgiHangupException e) {
            throw new CallerHungUp();
        } catch (AgiException e) {
            throw new AgiCommandFailed("AGI command failed: " + command.buildCommand(), e);
        }
    }

    /** A -1 reply means a hang-up or a failed file: the dead channel answers 511, a live one does not. */
    void ensureAlive() {
        send(new ChannelStatusCommand());
    }

    void setVariable(String name, String value) {
        send(QuotedCommands.setVariable(name, value));
    }

    /** The text after {@code result=} ("" for {@code result= (timeout)}). */
    static String result(AgiReply reply) {
        return result(reply.getFirstLine());
    }

    /** The text after {@code result=} up to the next white space, "" when none (read once per reply: no pattern). */
    static String result(String line) {
        int start = line == null ? -1 : line.indexOf(RESULT);
        if (start < 0) {
            return "";
        }
        start += RESULT.length();
        int end = start;
        while (end < line.length() && !isSpace(line.charAt(end))) {
            end++;
        }
        return line.substring(start, end);
    }

    static int code(AgiReply reply) {
        try {
            return Integer.parseInt(result(reply));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The text in parentheses: "timeout", "dtmf", "hangup", a variable's value; "" when none. */
    static String extra(AgiReply reply) {
        return extra(reply.getFirstLine());
    }

    /** White space as a regular expression's {@code \\s} means it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** From the first opening parenthesis to the last closing one after it, "" when none. */
    static String extra(String line) {
        int open = line == null ? -1 : line.indexOf('(');
        int close = open < 0 ? -1 : line.lastIndexOf(')');
        return close > open ? line.substring(open + 1, close) : "";
    }

    static long endpos(AgiReply reply) {
        String endpos = reply.getAttribute("endpos");
        return endpos == null ? 0 : Long.parseLong(endpos);
    }
}
