package org.centralita.runtime.savedcalls;

import java.util.List;

/**
 * Whether a saved call did what it says, and if not, the first step where it did not.
 *
 * @param passed whether the call entered the saved path's nodes and ended with the saved end
 * @param step the 1-based step of the path where the call diverged, or null (passed, the end, or
 *             a call that could not run)
 * @param atEnd whether the divergence is at the end (the path matched, the end did not)
 * @param expected what the saved call expects there (a node id, an end, or null for "no more nodes")
 * @param actual what the call did there (a node id, an end, or null when the call had already ended)
 * @param message the one-line explanation, or null when it passed
 */
public record Verdict(boolean passed, Integer step, boolean atEnd, String expected, String actual, String message) {

    /** The step as the JSON report writes it: a number, {@code "end"}, or null. */
    public Object stepValue() {
        return atEnd ? "end" : step;
    }

    static Verdict pass() {
        return new Verdict(true, null, false, null, null, null);
    }

    /** A call that could not be made at all (its flow does not validate, a variable or language refused). */
    public static Verdict notRunnable(String why) {
        return new Verdict(false, null, false, null, null, why);
    }

    /** The verdict of a call that entered {@code actualPath} and ended {@code actualEnd}. */
    static Verdict of(List<String> expectedPath, String expectedEnd, List<String> actualPath, String actualEnd) {
        int steps = Math.max(expectedPath.size(), actualPath.size());
        for (int i = 0; i < steps; i++) {
            String expected = i < expectedPath.size() ? expectedPath.get(i) : null;
            String actual = i < actualPath.size() ? actualPath.get(i) : null;
            if (expected == null || !expected.equals(actual)) {
                int step = i + 1;
                String message = "step " + step + ": expected " + (expected == null ? "no more nodes" : "node '" + expected + "'")
                        + ", was " + (actual == null ? "none (the call had ended '" + actualEnd + "')" : "'" + actual + "'");
                return new Verdict(false, step, false, expected, actual, message);
            }
        }
        if (!expectedEnd.equals(actualEnd)) {
            return new Verdict(false, null, true, expectedEnd, actualEnd,
                    "step end: expected end '" + expectedEnd + "', was '" + actualEnd + "'");
        }
        return pass();
    }
}
