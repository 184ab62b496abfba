package org.centralita.runtime.agi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asteriskjava.fastagi.command.AgiCommand;
import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.command.SayDigitsCommand;
import org.asteriskjava.fastagi.command.SayNumberCommand;
import org.asteriskjava.fastagi.command.WaitForDigitCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.centralita.runtime.channel.CallerHungUp;
import org.centralita.runtime.channel.Prompt;
import org.centralita.runtime.channel.PromptNotPlayed;
import org.centralita.runtime.channel.PromptSegment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a prompt segment by segment: spoken text (a flow's numbers, money and dates arrive as
 * words) and recordings with STREAM FILE, digits and the PBX's own numbers with SAY DIGITS / SAY NUMBER, pauses with WAIT FOR DIGIT (or
 * EXEC Wait when nothing may interrupt). The interrupt keys are each command's escape digits.
 * Text that speaks a secret plays from a one-time file deleted as soon as STREAM FILE returns
 * (or fails), never from the cache; the values of SAY commands are never logged.
 */
final class PromptPlayer {
    private static final Logger LOG = LoggerFactory.getLogger(PromptPlayer.class);
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final AgiLine line;
    private final PromptRenderer renderer;

    PromptPlayer(AgiLine line, PromptRenderer renderer) {
        this.line = line;
        this.renderer = renderer;
    }

    /** Plays the prompt; returns the key that interrupted it, or null; {@link PromptNotPlayed} when a piece could not be played. */
    Character play(Prompt prompt, String keys) {
        for (PromptSegment segment : prompt.segments()) {
            Character key = playSegment(segment, prompt.language(), keys);
            if (key != null) {
                return key;
            }
        }
        return null;
    }

    /**
     * The sound file of a segment that is one lasting file (text or recording), or null; null for
     * text speaking a secret, whose file lasts one playing only.
     */
    String fileOf(PromptSegment segment, String language) {
        if (segment instanceof PromptSegment.Speak speak) {
            if (speak.secret()) {
                return null;
            }
            try {
                return renderer.soundFor(speak, language);
            } catch (RuntimeException unsynthesized) {
                // a voice that failed (espeak-ng crashed, a full disk) leaves nothing to play: the node's error path
                LOG.warn("prompt could not be synthesized in {}: {}", language, unsynthesized.toString());
                throw new PromptNotPlayed("no audio for the prompt in " + language + ": " + unsynthesized.getMessage());
            }
        }
        return segment instanceof PromptSegment.Audio audio ? audio.path() : null;
    }

    private Character playSegment(PromptSegment segment, String language, String keys) {
        if (segment instanceof PromptSegment.Speak speak && speak.secret()) {
            return playSecret(speak, language, keys);
        }
        String file = fileOf(segment, language);
        if (file != null) {
            return keyed(QuotedCommands.streamFile(file, keys), file);
        }
        if (segment instanceof PromptSegment.SayDigits digits) {
            return keyed(new SayDigitsCommand(digits.digits(), keys), "SAY DIGITS");
        }
        if (segment instanceof PromptSegment.SayNumber number) {
            return sayNumber(number.number(), keys);
        }
        return pause(((PromptSegment.Pause) segment).length().toMillis(), keys);
    }

    private Character sayNumber(BigDecimal number, String keys) {
        BigDecimal whole = number.setScale(0, RoundingMode.DOWN);
        Character key = keyed(new SayNumberCommand(whole.toPlainString(), keys), "SAY NUMBER");
        BigDecimal fraction = number.subtract(whole).abs();
        if (key != null || fraction.signum() == 0) {
            return key;
        }
        Character dot = keyed(QuotedCommands.streamFile("letters/dot", keys), "letters/dot");
        String decimals = fraction.toPlainString().substring(2);
        return dot != null ? dot : keyed(new SayDigitsCommand(decimals, keys), "SAY DIGITS");
    }

    /** One STREAM FILE of a file made for it and deleted when it returns, whatever happens. */
    private Character playSecret(PromptSegment.Speak speak, String language, String keys) {
        Optional<OneTimeSound> sound = renderer.secretSoundFor(speak, language);
        if (sound.isEmpty()) {
            return sayDigitsOf(speak.text(), keys);
        }
        try (OneTimeSound once = sound.get()) {
            return keyed(QuotedCommands.streamFile(once.name(), keys), "a one-time prompt speaking a secret");
        }
    }

    /** Without a voice, a secret's digits are still said (Asterisk's own sounds, no file of ours). */
    private Character sayDigitsOf(String text, String keys) {
        LOG.warn("no voice to speak a prompt holding a secret in this language: only its digits are said");
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            Character key = keyed(new SayDigitsCommand(digits.group(), keys), "SAY DIGITS");
            if (key != null) {
                return key;
            }
        }
        return null;
    }

    private Character pause(long millis, String keys) {
        if (keys.isEmpty()) {
            line.send(new ExecCommand("Wait", Double.toString(millis / 1000.0)));
            return null;
        }
        long deadline = System.nanoTime() + millis * 1_000_000;
        long left = millis;
        while (left > 0) {
            int code = AgiLine.code(line.send(new WaitForDigitCommand(left)));
            if (code < 0) {
                line.ensureAlive();
                return null;
            }
            if (code > 0 && keys.indexOf((char) code) >= 0) {
                return (char) code;
            }
            left = code == 0 ? 0 : (deadline - System.nanoTime()) / 1_000_000;
        }
        return null;
    }

    /**
     * Runs a command whose result is 0, a key's code, or -1: a hang-up ({@link CallerHungUp} from
     * the channel check), else a file Asterisk could not play (stream-file-missing.txt: {@code 200
     * result=-1 endpos=0} on a live channel), which is {@link PromptNotPlayed}. {@code what} names
     * it in the log (a file, or a command without its value, which may be secret; null for the
     * command's name).
     */
    private Character keyed(AgiCommand command, String what) {
        AgiReply reply = line.send(command);
        int code = AgiLine.code(reply);
        if (code > 0) {
            return (char) code;
        }
        if (code < 0) {
            line.ensureAlive();
            String named = what == null ? AgiCommandNames.of(command) : what;
            LOG.warn("prompt could not be played ({}): {}", reply.getFirstLine(), named);
            throw new PromptNotPlayed("the PBX could not play " + named + " (" + reply.getFirstLine() + ")");
        }
        return null;
    }
}
