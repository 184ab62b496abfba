package org.centralita.runtime.agi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern RESULT = Pattern.compile("result=(\\S*)");
    private static final Pattern EXTRA = Pattern.compile("\\((.*)\\)");

    private final AgiChannel channel;

    AgiLine(AgiChannel channel) {
        this.channel = channel;
    }

    AgiReply send(AgiCommand command) {
        try {
            return channel.sendCommand(command);
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
        Matcher m = RESULT.matcher(reply.getFirstLine());
        return m.find() ? m.group(1) : "";
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
        Matcher m = EXTRA.matcher(reply.getFirstLine());
        return m.find() ? m.group(1) : "";
    }

    static long endpos(AgiReply reply) {
        String endpos = reply.getAttribute("endpos");
        return endpos == null ? 0 : Long.parseLong(endpos);
    }
}
