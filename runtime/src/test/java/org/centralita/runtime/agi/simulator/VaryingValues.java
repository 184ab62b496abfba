package org.centralita.runtime.agi.simulator;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The only values allowed to differ between a recorded call and its replay: they vary from
 * call to call on a real Asterisk too.
 * <ul>
 * <li>{@code agi_uniqueid} (time and a counter) and {@code agi_threadid} (a pthread id);</li>
 * <li>the number in RECORD FILE's {@code 200 result=<n> (timeout)} after silence detection: the
 * milliseconds left in an internal wait, timing noise (1101 was recorded where 1100 is exact).</li>
 * </ul>
 */
final class VaryingValues {
    private static final Pattern UNIQUE_ID = Pattern.compile("^agi_uniqueid: .*$");
    private static final Pattern THREAD_ID = Pattern.compile("^agi_threadid: .*$");
    private static final Pattern RECORD_LEFT = Pattern.compile("^200 result=\\d{2,} \\(timeout\\) endpos=");

    private VaryingValues() {
    }

    static List<String> mask(List<String> lines) {
        return lines.stream().map(VaryingValues::mask).toList();
    }

    static String mask(String line) {
        String masked = UNIQUE_ID.matcher(line).replaceAll("agi_uniqueid: <varies>");
        masked = THREAD_ID.matcher(masked).replaceAll("agi_threadid: <varies>");
        return RECORD_LEFT.matcher(masked).replaceAll("200 result=<ms left> (timeout) endpos=");
    }
}
