package org.centralita.runtime.sim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@code simulate --keys} and the interactive console say a caller does: DTMF keys
 * ({@code 1}, {@code 12345678#}), {@code say:words}, {@code say-audio:FILE.wav}, or nothing
 * (a time-out).
 */
public final class CallerScript {

    private static final String SAY = "say:";
    private static final String SAY_AUDIO = "say-audio:";

    private CallerScript() {
    }

    /** The actions of a comma-separated list; {@code "1,,2"} is a key, a silence, a key. */
    public static List<CallerAction> parse(String keys) {
        List<CallerAction> actions = new ArrayList<>();
        for (String entry : keys.split(",", -1)) {
            actions.add(action(entry));
        }
        return actions;
    }

    /**
     * One action.
     *
     * @throws IllegalArgumentException naming the entry when it is none of the forms
     */
    public static CallerAction action(String entry) {
        String text = entry.strip();
        if (text.startsWith(SAY_AUDIO)) {
            return new CallerAction.SayAudio(Path.of(text.substring(SAY_AUDIO.length()).strip()));
        }
        if (text.startsWith(SAY)) {
            return new CallerAction.Say(text.substring(SAY.length()).strip());
        }
        if (text.isEmpty()) {
            return new CallerAction.Silence();
        }
        if (!text.matches("[0-9*#A-Da-d]+")) {
            throw new IllegalArgumentException("'" + entry + "' is not keys (0-9, *, #), say:words,"
                    + " say-audio:FILE.wav, or empty for silence");
        }
        return new CallerAction.Press(text.toUpperCase(java.util.Locale.ROOT));
    }
}
