package org.centralita.runtime.agi;

import java.util.List;

import org.asteriskjava.fastagi.command.WaitForDigitCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.centralita.runtime.channel.CallerInput;
import org.centralita.runtime.channel.InputRequest;
import org.centralita.runtime.channel.PromptSegment;

/**
 * Collects keys for one wait for input. When the request fits GET DATA exactly (one prompt
 * file, barge-in, '#' as the only terminator, one time-out for the first and further keys) it
 * takes a single round trip; otherwise the prompt plays with every key as an escape digit (a
 * key during the prompt is the first key) and WAIT FOR DIGIT collects the rest, honouring the
 * first-key and inter-digit time-outs and any terminators. A caller told to end with '#' who
 * keys all the digits and then '#' has that '#' swallowed (a short WAIT FOR DIGIT), as
 * {@code simulate} does, instead of it answering the next prompt.
 */
final class DigitCollector {
    static final String ALL_KEYS = "0123456789*#";
    /**
     * How long a terminator is waited for once the most digits are in: long enough for the key
     * that follows the last digit (callers key about three a second), short enough not to be
     * heard as a pause; under the one second that scripted test callers take for an input's wait.
     */
    static final long TERMINATOR_GRACE_MS = 800;

    private final AgiLine line;
    private final PromptPlayer player;

    DigitCollector(AgiLine line, PromptPlayer player) {
        this.line = line;
        this.player = player;
    }

    CallerInput collect(InputRequest request) {
        String file = singleFile(request);
        if (file != null && request.bargeIn() && "#".equals(request.terminators())
                && request.timeout().equals(request.interDigitTimeout())) {
            CallerInput input = getData(file, request);
            if (input != null) {
                return input;
            }
        }
        Character first = player.play(request.prompt(), request.bargeIn() ? ALL_KEYS : "");
        return afterPrompt(request, first);
    }

    /** Collects the keys after the prompt, {@code first} being a key that interrupted it. */
    CallerInput afterPrompt(InputRequest request, Character first) {
        StringBuilder keys = new StringBuilder();
        if (first != null) {
            if (request.terminators().indexOf(first) >= 0) {
                return new CallerInput.Digits("", true);
            }
            keys.append(first);
        }
        while (keys.length() < request.maxDigits()) {
            long timeout = (keys.length() == 0 ? request.timeout() : request.interDigitTimeout()).toMillis();
            int code = AgiLine.code(line.send(new WaitForDigitCommand(timeout)));
            if (code < 0) {
                line.ensureAlive();
                break;
            }
            if (code == 0) {
                break;
            }
            if (request.terminators().indexOf((char) code) >= 0) {
                return new CallerInput.Digits(keys.toString(), true);
            }
            keys.append((char) code);
        }
        if (keys.length() == 0) {
            return new CallerInput.Silence();
        }
        return new CallerInput.Digits(keys.toString(), keys.length() >= request.maxDigits() && swallowTerminator(request));
    }

    /**
     * After the most digits: waits briefly for the terminator the prompt asked for, so that it
     * does not reach the next prompt. Another key in that moment is dropped too, as simulate
     * drops the keys of an entry beyond the most digits. True when a terminator came.
     */
    private boolean swallowTerminator(InputRequest request) {
        if (request.terminators().isEmpty()) {
            return false;
        }
        long grace = Math.min(TERMINATOR_GRACE_MS, request.interDigitTimeout().toMillis());
        int code = AgiLine.code(line.send(new WaitForDigitCommand(grace)));
        if (code < 0) {
            line.ensureAlive();
            return false;
        }
        return code > 0 && request.terminators().indexOf((char) code) >= 0;
    }

    private String singleFile(InputRequest request) {
        List<PromptSegment> segments = request.prompt().segments();
        return segments.size() == 1 ? player.fileOf(segments.get(0), request.prompt().language()) : null;
    }

    /** GET DATA; null when the prompt could not be played (the caller is still there). */
    private CallerInput getData(String file, InputRequest request) {
        AgiReply reply = line.send(QuotedCommands.getData(file, request.timeout().toMillis(), request.maxDigits()));
        String result = AgiLine.result(reply);
        if (result.equals("-1")) {
            line.ensureAlive();
            return null;
        }
        boolean timedOut = AgiLine.extra(reply).equals("timeout");
        if (result.isEmpty() && timedOut) {
            return new CallerInput.Silence();
        }
        if (result.length() >= request.maxDigits()) {
            return new CallerInput.Digits(result, swallowTerminator(request));
        }
        return new CallerInput.Digits(result, !timedOut);
    }
}
