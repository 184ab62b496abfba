package org.centralita.runtime.serve;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centralita.runtime.agi.simulator.CallerScript;

/**
 * A simulated Asterisk caller who does what {@code simulate --keys E1,E2,...} does: at each wait
 * for input the next entry's keys (an empty entry: nothing, a time-out), and a hang-up when the
 * entries have run out and the flow waits again. A wait is a GET DATA, a RECORD FILE (an
 * utterance, where keys are welcome when they may end it, or a recording), or a run of WAIT FOR
 * DIGIT commands long enough to be an input's time-out (shorter ones are pauses in a prompt).
 */
final class KeysCaller implements CallerScript.Reaction {

    private static final Pattern WAIT = Pattern.compile("(?i)^WAIT FOR DIGIT (-?\\d+)");
    private static final long SHORTEST_INPUT_TIMEOUT_MS = 1000;
    private static final long KEY_AFTER_MS = 50;
    private static final long KEY_SPACING_MS = 300;

    private final Deque<String> entries;
    private String entry = "";
    private int typed;
    private boolean inWait;

    private KeysCaller(Deque<String> entries) {
        this.entries = entries;
    }

    /** The caller for {@code keys} as {@code --keys} takes them (trailing empty entries count). */
    static CallerScript of(String keys) {
        return CallerScript.silent().reacting(reaction(keys));
    }

    /** A caller who hangs up at the flow's first wait for input. */
    static CallerScript hangingUpAtFirstWait() {
        return CallerScript.silent().reacting(new KeysCaller(new ArrayDeque<>()));
    }

    static CallerScript.Reaction reaction(String keys) {
        return new KeysCaller(new ArrayDeque<>(Arrays.asList(keys.split(",", -1))));
    }

    /** Whether the command waits for the caller (the start of a wait, or its next key). */
    static boolean isWait(String line) {
        Matcher wait = WAIT.matcher(line);
        return line.regionMatches(true, 0, "GET DATA", 0, 8) || line.regionMatches(true, 0, "RECORD FILE", 0, 11)
                || wait.find() && Long.parseLong(wait.group(1)) >= SHORTEST_INPUT_TIMEOUT_MS;
    }

    @Override
    public void commandStarted(int command, String line, CallerScript script) {
        boolean getData = line.regionMatches(true, 0, "GET DATA", 0, 8);
        boolean utterance = line.regionMatches(true, 0, "RECORD FILE", 0, 11);
        if (!isWait(line)) {
            inWait = false;
            return;
        }
        if (getData || utterance || !inWait) {
            if (entries.isEmpty()) {
                script.hangUp(command, KEY_AFTER_MS);
                return;
            }
            entry = entries.poll();
            typed = 0;
            inWait = !getData;
        }
        if (getData) {
            for (int i = 0; i < entry.length(); i++) {
                script.press(command, KEY_AFTER_MS + i * KEY_SPACING_MS, entry.charAt(i));
            }
        } else if (typed < entry.length()) {
            script.press(command, KEY_AFTER_MS, entry.charAt(typed++));
        }
    }
}
