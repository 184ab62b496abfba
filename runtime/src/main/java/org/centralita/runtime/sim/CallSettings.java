package org.centralita.runtime.sim;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.centralita.runtime.channel.HandoffResult;
import org.centralita.runtime.engine.SpeechMatcher;
import org.centralita.speech.audio.AudioFileException;
import org.centralita.speech.audio.AudioFiles;

/**
 * What {@code simulate}'s options and a saved call's keys say about a simulated call, read the
 * same way for both: the hand-off results, the call's clock, and whether a script can be played.
 * Every method that reads text throws {@link IllegalArgumentException} with a message that the
 * caller prefixes with the option or key it came from.
 */
public final class CallSettings {

    /** What a queue may do in a simulated call. */
    public static final List<String> QUEUE_RESULTS = List.of("delivered", "overflow");
    /** What a transfer may do in a simulated call. */
    public static final List<String> TRANSFER_RESULTS = List.of("delivered", "busy", "no-answer", "failed");

    private CallSettings() {
    }

    /** A queue's result from its name ({@code delivered}, {@code overflow}). */
    public static HandoffResult queueResult(String value) {
        return result(value, QUEUE_RESULTS);
    }

    /** A transfer's result from its name ({@code delivered}, {@code busy}, {@code no-answer}, {@code failed}). */
    public static HandoffResult transferResult(String value) {
        return result(value, TRANSFER_RESULTS);
    }

    private static HandoffResult result(String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
        }
        return HandoffResult.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The moment an ISO-8601 date and time with its offset names. */
    public static ZonedDateTime startAt(String text) {
        try {
            return ZonedDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date and time like 2026-12-25T10:00:00+01:00, not '" + text + "'");
        }
    }

    /** The system clock when {@code start} is null, else one that starts there and runs on from there. */
    public static Clock clock(ZonedDateTime start) {
        if (start == null) {
            return Clock.systemDefaultZone();
        }
        return Clock.offset(Clock.system(start.getZone()), Duration.between(Instant.now(), start.toInstant()));
    }

    /** Why {@code script} cannot be played (a recording that cannot be heard), or null when it can. */
    public static String refuseAudio(List<CallerAction> script, SpeechMatcher speech) {
        if (script == null) {
            return null;
        }
        for (CallerAction action : script) {
            if (action instanceof CallerAction.SayAudio audio) {
                if (!speech.recognizesAudio()) {
                    return "speech recognition is not available in this build";
                }
                if (!Files.isRegularFile(audio.wav())) {
                    return audio.wav() + ": no such file";
                }
                try {
                    AudioFiles.readWav(audio.wav());
                } catch (AudioFileException notWav) {
                    return notWav.getMessage();
                }
            }
        }
        return null;
    }
}
